//! Types of the `evals` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// A CompletionsRunDataSource object describing a model sampling configuration.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSource {
    /// The type of run data source. Always `completions`.
    #[serde(rename = "type")]
    pub type_: CompletionsLiteral,
    /// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_messages: Option<CreateEvalCompletionsRunDataSourceInputMessages>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_params: Option<Box<CreateEvalCompletionsRunDataSourceSamplingParams>>,
    /// The name of the model to use for generating completions (e.g. "o3-mini").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Determines what populates the `item` namespace in this run's data source.
    pub source: CreateEvalCompletionsRunDataSourceSource,
}
impl sdk_runtime_types::de::Object for CreateEvalCompletionsRunDataSource {
    const NAME: &'static str = "CreateEvalCompletionsRunDataSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CompletionsLiteral> = None;
        let mut input_messages: Option<
            CreateEvalCompletionsRunDataSourceInputMessages,
        > = None;
        let mut sampling_params: Option<
            Box<CreateEvalCompletionsRunDataSourceSamplingParams>,
        > = None;
        let mut model: Option<String> = None;
        let mut source: Option<CreateEvalCompletionsRunDataSourceSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "input_messages" => 1,
                    "sampling_params" => 2,
                    "model" => 3,
                    "source" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut input_messages),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut sampling_params),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                4 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            input_messages,
            sampling_params,
            model,
            source: sdk_runtime_types::de::required::<_, A::Error>(source, "source")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalCompletionsRunDataSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalCompletionsRunDataSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(source: impl Into<CreateEvalCompletionsRunDataSourceSource>) -> Self {
        Self {
            type_: Default::default(),
            input_messages: None,
            sampling_params: None,
            model: None,
            source: source.into(),
        }
    }
    /// Sets `input_messages`.
    pub fn input_messages(
        mut self,
        value: impl Into<CreateEvalCompletionsRunDataSourceInputMessages>,
    ) -> Self {
        self.input_messages = Some(value.into());
        self
    }
    /// Sets `sampling_params`.
    pub fn sampling_params(
        mut self,
        value: impl Into<CreateEvalCompletionsRunDataSourceSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(Box::new(value.into()));
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `completions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CompletionsLiteral {
    /// `completions`
    #[default]
    Completions,
}
impl CompletionsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "completions"
    }
}
impl std::fmt::Display for CompletionsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CompletionsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("completions")
    }
}
impl<'de> Deserialize<'de> for CompletionsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "completions")
            .map(|()| Self::Completions)
    }
}
/// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalCompletionsRunDataSourceInputMessages {
    /// `template`
    Template(CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages),
    /// `item_reference`
    ItemReference(
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalCompletionsRunDataSourceInputMessages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Template(value) => value.serialize(serializer),
            Self::ItemReference(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for CreateEvalCompletionsRunDataSourceInputMessages {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "template" => Deserialize::deserialize(content).map(Self::Template),
                "item_reference" => {
                    Deserialize::deserialize(content).map(Self::ItemReference)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalCompletionsRunDataSourceInputMessages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages>
for CreateEvalCompletionsRunDataSourceInputMessages {
    fn from(
        value: CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
    ) -> Self {
        Self::Template(value)
    }
}
impl From<CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages>
for CreateEvalCompletionsRunDataSourceInputMessages {
    fn from(
        value: CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
    ) -> Self {
        Self::ItemReference(value)
    }
}
/// TemplateInputMessages
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages {
    /// The type of input messages. Always `template`.
    #[serde(rename = "type")]
    pub type_: TemplateLiteral,
    /// A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
    pub template: Vec<
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem,
    >,
}
impl sdk_runtime_types::de::Object
for CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages {
    const NAME: &'static str = "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TemplateLiteral> = None;
        let mut template: Option<
            Vec<
                CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem,
            >,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "template" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut template),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            template: template.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        template: impl Into<
            Vec<
                CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem,
            >,
        >,
    ) -> Self {
        Self {
            type_: Default::default(),
            template: template.into(),
        }
    }
}
/// The constant `template`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TemplateLiteral {
    /// `template`
    #[default]
    Template,
}
impl TemplateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "template"
    }
}
impl std::fmt::Display for TemplateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TemplateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("template")
    }
}
impl<'de> Deserialize<'de> for TemplateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "template").map(|()| Self::Template)
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem {
    EasyInputMessage(EasyInputMessage),
    EvalItem(EvalItem),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<EasyInputMessage>
for CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem {
    fn from(value: EasyInputMessage) -> Self {
        Self::EasyInputMessage(value)
    }
}
impl From<EvalItem>
for CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem {
    fn from(value: EvalItem) -> Self {
        Self::EvalItem(value)
    }
}
/// ItemReferenceInputMessages
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages {
    /// The type of input messages. Always `item_reference`.
    #[serde(rename = "type")]
    pub type_: ItemReferenceLiteral,
    /// A reference to a variable in the `item` namespace. Ie, "item.input_trajectory"
    pub item_reference: String,
}
impl sdk_runtime_types::de::Object
for CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages {
    const NAME: &'static str = "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ItemReferenceLiteral> = None;
        let mut item_reference: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_reference" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_reference),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_reference: item_reference.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item_reference: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            item_reference: item_reference.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSourceSamplingParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// A higher temperature increases randomness in the outputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The maximum number of tokens in the generated output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    /// An alternative to temperature for nucleus sampling; 1.0 includes all tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// A seed value to initialize the randomness, during sampling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<i64>,
    /// An object specifying the format that the model must output.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    /// Structured Outputs which ensures the model will match your supplied JSON
    /// schema. Learn more in the \[Structured Outputs
    /// guide\](<https://platform.openai.com/docs/guides/structured-outputs>).
    ///
    /// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    /// ensures the message the model generates is valid JSON. Using `json_schema`
    /// is preferred for models that support it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<ResponseFormat>>,
    /// A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<ChatCompletionTool>>,
}
impl sdk_runtime_types::de::Object for CreateEvalCompletionsRunDataSourceSamplingParams {
    const NAME: &'static str = "CreateEvalCompletionsRunDataSourceSamplingParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut temperature: Option<f64> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut top_p: Option<f64> = None;
        let mut seed: Option<i64> = None;
        let mut response_format: Option<Box<ResponseFormat>> = None;
        let mut tools: Option<Vec<ChatCompletionTool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "reasoning_effort" => 0,
                    "temperature" => 1,
                    "max_completion_tokens" => 2,
                    "top_p" => 3,
                    "seed" => 4,
                    "response_format" => 5,
                    "tools" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                2 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut max_completion_tokens)
                }
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut seed),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            reasoning_effort,
            temperature,
            max_completion_tokens,
            top_p,
            seed,
            response_format,
            tools,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalCompletionsRunDataSourceSamplingParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalCompletionsRunDataSourceSamplingParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            reasoning_effort: None,
            temperature: None,
            max_completion_tokens: None,
            top_p: None,
            seed: None,
            response_format: None,
            tools: None,
        }
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }
    /// Sets `seed`.
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(mut self, value: impl Into<ResponseFormat>) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<ChatCompletionTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
}
/// Determines what populates the `item` namespace in this run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalCompletionsRunDataSourceSource {
    /// `file_content`
    FileContent(EvalJsonlFileContentSource),
    /// `file_id`
    FileId(EvalJsonlFileIdSource),
    /// `stored_completions`
    StoredCompletions(EvalStoredCompletionsSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalCompletionsRunDataSourceSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileContent(value) => value.serialize(serializer),
            Self::FileId(value) => value.serialize(serializer),
            Self::StoredCompletions(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateEvalCompletionsRunDataSourceSource {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "file_content" => {
                    Deserialize::deserialize(content).map(Self::FileContent)
                }
                "file_id" => Deserialize::deserialize(content).map(Self::FileId),
                "stored_completions" => {
                    Deserialize::deserialize(content).map(Self::StoredCompletions)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalCompletionsRunDataSourceSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<EvalJsonlFileContentSource> for CreateEvalCompletionsRunDataSourceSource {
    fn from(value: EvalJsonlFileContentSource) -> Self {
        Self::FileContent(value)
    }
}
impl From<EvalJsonlFileIdSource> for CreateEvalCompletionsRunDataSourceSource {
    fn from(value: EvalJsonlFileIdSource) -> Self {
        Self::FileId(value)
    }
}
impl From<EvalStoredCompletionsSource> for CreateEvalCompletionsRunDataSourceSource {
    fn from(value: EvalStoredCompletionsSource) -> Self {
        Self::StoredCompletions(value)
    }
}
/// EvalJsonlFileContentSource
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalJsonlFileContentSource {
    /// The type of jsonl source. Always `file_content`.
    #[serde(rename = "type")]
    pub type_: FileContentLiteral,
    /// The content of the jsonl file.
    pub content: Vec<EvalJsonlFileContentSourceContentItem>,
}
impl sdk_runtime_types::de::Object for EvalJsonlFileContentSource {
    const NAME: &'static str = "EvalJsonlFileContentSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileContentLiteral> = None;
        let mut content: Option<Vec<EvalJsonlFileContentSourceContentItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            content: content.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalJsonlFileContentSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalJsonlFileContentSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(content: impl Into<Vec<EvalJsonlFileContentSourceContentItem>>) -> Self {
        Self {
            type_: Default::default(),
            content: content.into(),
        }
    }
}
/// The constant `file_content`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FileContentLiteral {
    /// `file_content`
    #[default]
    FileContent,
}
impl FileContentLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "file_content"
    }
}
impl std::fmt::Display for FileContentLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FileContentLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("file_content")
    }
}
impl<'de> Deserialize<'de> for FileContentLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "file_content")
            .map(|()| Self::FileContent)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalJsonlFileContentSourceContentItem {
    pub item: serde_json::Map<String, serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for EvalJsonlFileContentSourceContentItem {
    const NAME: &'static str = "EvalJsonlFileContentSourceContentItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut item: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut sample: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "item" => 0,
                    "sample" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut item),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut sample),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            item: item.unwrap_or_default(),
            sample,
        })
    }
}
impl<'de> Deserialize<'de> for EvalJsonlFileContentSourceContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalJsonlFileContentSourceContentItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item: impl Into<serde_json::Map<String, serde_json::Value>>) -> Self {
        Self {
            item: item.into(),
            sample: None,
        }
    }
    /// Sets `sample`.
    pub fn sample(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.sample = Some(value.into());
        self
    }
}
/// EvalJsonlFileIdSource
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalJsonlFileIdSource {
    /// The type of jsonl source. Always `file_id`.
    #[serde(rename = "type")]
    pub type_: FileIdLiteral,
    /// The identifier of the file.
    pub id: String,
}
impl sdk_runtime_types::de::Object for EvalJsonlFileIdSource {
    const NAME: &'static str = "EvalJsonlFileIdSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileIdLiteral> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalJsonlFileIdSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalJsonlFileIdSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
        }
    }
}
/// The constant `file_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FileIdLiteral {
    /// `file_id`
    #[default]
    FileId,
}
impl FileIdLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "file_id"
    }
}
impl std::fmt::Display for FileIdLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FileIdLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("file_id")
    }
}
impl<'de> Deserialize<'de> for FileIdLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "file_id").map(|()| Self::FileId)
    }
}
/// A StoredCompletionsRunDataSource configuration describing a set of filters
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalStoredCompletionsSource {
    /// The type of source. Always `stored_completions`.
    #[serde(rename = "type")]
    pub type_: StoredCompletionsLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_after: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_before: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl sdk_runtime_types::de::Object for EvalStoredCompletionsSource {
    const NAME: &'static str = "EvalStoredCompletionsSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<StoredCompletionsLiteral> = None;
        let mut metadata: Option<Metadata> = None;
        let mut model: Option<String> = None;
        let mut created_after: Option<i64> = None;
        let mut created_before: Option<i64> = None;
        let mut limit: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "metadata" => 1,
                    "model" => 2,
                    "created_after" => 3,
                    "created_before" => 4,
                    "limit" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut created_after),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut created_before),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            metadata,
            model,
            created_after,
            created_before,
            limit,
        })
    }
}
impl<'de> Deserialize<'de> for EvalStoredCompletionsSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalStoredCompletionsSource {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            metadata: None,
            model: None,
            created_after: None,
            created_before: None,
            limit: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `created_after`.
    pub fn created_after(mut self, value: impl Into<i64>) -> Self {
        self.created_after = Some(value.into());
        self
    }
    /// Sets `created_before`.
    pub fn created_before(mut self, value: impl Into<i64>) -> Self {
        self.created_before = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}
/// The constant `stored_completions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StoredCompletionsLiteral {
    /// `stored_completions`
    #[default]
    StoredCompletions,
}
impl StoredCompletionsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "stored_completions"
    }
}
impl std::fmt::Display for StoredCompletionsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StoredCompletionsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("stored_completions")
    }
}
impl<'de> Deserialize<'de> for StoredCompletionsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "stored_completions")
            .map(|()| Self::StoredCompletions)
    }
}
/// A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
/// This schema is used to define the shape of the data that will be:
/// - Used to define your testing criteria and
/// - What data is required when creating a run
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateEvalCustomDataSourceConfig {
    /// The type of data source. Always `custom`.
    #[serde(rename = "type")]
    pub type_: CustomLiteral,
    /// The json schema for each row in the data source.
    pub item_schema: serde_json::Map<String, serde_json::Value>,
    /// Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_sample_schema: Option<bool>,
}
impl sdk_runtime_types::de::Object for CreateEvalCustomDataSourceConfig {
    const NAME: &'static str = "CreateEvalCustomDataSourceConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomLiteral> = None;
        let mut item_schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut include_sample_schema: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_schema" => 1,
                    "include_sample_schema" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_schema),
                2 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut include_sample_schema)
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_schema: item_schema.unwrap_or_default(),
            include_sample_schema,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalCustomDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalCustomDataSourceConfig {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_schema: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_schema: item_schema.into(),
            include_sample_schema: None,
        }
    }
    /// Sets `include_sample_schema`.
    pub fn include_sample_schema(mut self, value: impl Into<bool>) -> Self {
        self.include_sample_schema = Some(value.into());
        self
    }
}
/// A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateEvalItem {
    EvalItem(EvalItem),
    SimpleInputMessage(CreateEvalItemSimpleInputMessage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<EvalItem> for CreateEvalItem {
    fn from(value: EvalItem) -> Self {
        Self::EvalItem(value)
    }
}
impl From<CreateEvalItemSimpleInputMessage> for CreateEvalItem {
    fn from(value: CreateEvalItemSimpleInputMessage) -> Self {
        Self::SimpleInputMessage(value)
    }
}
/// SimpleInputMessage
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateEvalItemSimpleInputMessage {
    /// The role of the message (e.g. "system", "assistant", "user").
    pub role: String,
    /// The content of the message.
    pub content: String,
}
impl sdk_runtime_types::de::Object for CreateEvalItemSimpleInputMessage {
    const NAME: &'static str = "CreateEvalItemSimpleInputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        let mut content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalItemSimpleInputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalItemSimpleInputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(role: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
        }
    }
}
/// A JsonlRunDataSource object with that specifies a JSONL file that matches the eval
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEvalJsonlRunDataSource {
    /// The type of data source. Always `jsonl`.
    #[serde(rename = "type")]
    pub type_: JsonlLiteral,
    /// Determines what populates the `item` namespace in the data source.
    pub source: CreateEvalJsonlRunDataSourceSource,
}
impl sdk_runtime_types::de::Object for CreateEvalJsonlRunDataSource {
    const NAME: &'static str = "CreateEvalJsonlRunDataSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<JsonlLiteral> = None;
        let mut source: Option<CreateEvalJsonlRunDataSourceSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "source" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            source: sdk_runtime_types::de::required::<_, A::Error>(source, "source")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalJsonlRunDataSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalJsonlRunDataSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(source: impl Into<CreateEvalJsonlRunDataSourceSource>) -> Self {
        Self {
            type_: Default::default(),
            source: source.into(),
        }
    }
}
/// The constant `jsonl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum JsonlLiteral {
    /// `jsonl`
    #[default]
    Jsonl,
}
impl JsonlLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "jsonl"
    }
}
impl std::fmt::Display for JsonlLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JsonlLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("jsonl")
    }
}
impl<'de> Deserialize<'de> for JsonlLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "jsonl").map(|()| Self::Jsonl)
    }
}
/// Determines what populates the `item` namespace in the data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalJsonlRunDataSourceSource {
    /// `file_content`
    FileContent(EvalJsonlFileContentSource),
    /// `file_id`
    FileId(EvalJsonlFileIdSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalJsonlRunDataSourceSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileContent(value) => value.serialize(serializer),
            Self::FileId(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateEvalJsonlRunDataSourceSource {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "file_content" => {
                    Deserialize::deserialize(content).map(Self::FileContent)
                }
                "file_id" => Deserialize::deserialize(content).map(Self::FileId),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalJsonlRunDataSourceSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<EvalJsonlFileContentSource> for CreateEvalJsonlRunDataSourceSource {
    fn from(value: EvalJsonlFileContentSource) -> Self {
        Self::FileContent(value)
    }
}
impl From<EvalJsonlFileIdSource> for CreateEvalJsonlRunDataSourceSource {
    fn from(value: EvalJsonlFileIdSource) -> Self {
        Self::FileId(value)
    }
}
/// A LabelModelGrader object which uses a model to assign labels to each item
/// in the evaluation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateEvalLabelModelGrader {
    /// The object type, which is always `label_model`.
    #[serde(rename = "type")]
    pub type_: LabelModelLiteral,
    /// The name of the grader.
    pub name: String,
    /// The model to use for the evaluation. Must support structured outputs.
    pub model: String,
    /// A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
    pub input: Vec<CreateEvalItem>,
    /// The labels to classify to each item in the evaluation.
    pub labels: Vec<String>,
    /// The labels that indicate a passing result. Must be a subset of labels.
    pub passing_labels: Vec<String>,
}
impl sdk_runtime_types::de::Object for CreateEvalLabelModelGrader {
    const NAME: &'static str = "CreateEvalLabelModelGrader";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LabelModelLiteral> = None;
        let mut name: Option<String> = None;
        let mut model: Option<String> = None;
        let mut input: Option<Vec<CreateEvalItem>> = None;
        let mut labels: Option<Vec<String>> = None;
        let mut passing_labels: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "model" => 2,
                    "input" => 3,
                    "labels" => 4,
                    "passing_labels" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut model),
                3 => sdk_runtime_types::de::value(&mut map, &mut input),
                4 => sdk_runtime_types::de::value(&mut map, &mut labels),
                5 => sdk_runtime_types::de::value(&mut map, &mut passing_labels),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            model: model.unwrap_or_default(),
            input: input.unwrap_or_default(),
            labels: labels.unwrap_or_default(),
            passing_labels: passing_labels.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalLabelModelGrader {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalLabelModelGrader {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        model: impl Into<String>,
        input: impl Into<Vec<CreateEvalItem>>,
        labels: impl Into<Vec<String>>,
        passing_labels: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            model: model.into(),
            input: input.into(),
            labels: labels.into(),
            passing_labels: passing_labels.into(),
        }
    }
}
/// A data source config which specifies the metadata property of your logs query.
/// This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateEvalLogsDataSourceConfig {
    /// The type of data source. Always `logs`.
    #[serde(rename = "type")]
    pub type_: LogsLiteral,
    /// Metadata filters for the logs data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for CreateEvalLogsDataSourceConfig {
    const NAME: &'static str = "CreateEvalLogsDataSourceConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LogsLiteral> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "metadata" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalLogsDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalLogsDataSourceConfig {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            metadata: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// CreateEvalRequest
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateEvalRequest {
    /// The name of the evaluation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
    pub data_source_config: CreateEvalRequestDataSourceConfig,
    /// A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`).
    pub testing_criteria: Vec<CreateEvalRequestTestingCriteriaItem>,
}
impl sdk_runtime_types::de::Object for CreateEvalRequest {
    const NAME: &'static str = "CreateEvalRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut metadata: Option<Metadata> = None;
        let mut data_source_config: Option<CreateEvalRequestDataSourceConfig> = None;
        let mut testing_criteria: Option<Vec<CreateEvalRequestTestingCriteriaItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "metadata" => 1,
                    "data_source_config" => 2,
                    "testing_criteria" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::value(&mut map, &mut data_source_config),
                3 => sdk_runtime_types::de::value(&mut map, &mut testing_criteria),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name,
            metadata,
            data_source_config: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(data_source_config, "data_source_config")?,
            testing_criteria: testing_criteria.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data_source_config: impl Into<CreateEvalRequestDataSourceConfig>,
        testing_criteria: impl Into<Vec<CreateEvalRequestTestingCriteriaItem>>,
    ) -> Self {
        Self {
            name: None,
            metadata: None,
            data_source_config: data_source_config.into(),
            testing_criteria: testing_criteria.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalRequestDataSourceConfig {
    /// `custom`
    Custom(CreateEvalCustomDataSourceConfig),
    /// `logs`
    Logs(CreateEvalLogsDataSourceConfig),
    /// `stored_completions`
    StoredCompletions(CreateEvalStoredCompletionsDataSourceConfig),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalRequestDataSourceConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Custom(value) => value.serialize(serializer),
            Self::Logs(value) => value.serialize(serializer),
            Self::StoredCompletions(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateEvalRequestDataSourceConfig {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "custom" => Deserialize::deserialize(content).map(Self::Custom),
                "logs" => Deserialize::deserialize(content).map(Self::Logs),
                "stored_completions" => {
                    Deserialize::deserialize(content).map(Self::StoredCompletions)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalRequestDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateEvalCustomDataSourceConfig> for CreateEvalRequestDataSourceConfig {
    fn from(value: CreateEvalCustomDataSourceConfig) -> Self {
        Self::Custom(value)
    }
}
impl From<CreateEvalLogsDataSourceConfig> for CreateEvalRequestDataSourceConfig {
    fn from(value: CreateEvalLogsDataSourceConfig) -> Self {
        Self::Logs(value)
    }
}
impl From<CreateEvalStoredCompletionsDataSourceConfig>
for CreateEvalRequestDataSourceConfig {
    fn from(value: CreateEvalStoredCompletionsDataSourceConfig) -> Self {
        Self::StoredCompletions(value)
    }
}
/// Deprecated in favor of LogsDataSourceConfig.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateEvalStoredCompletionsDataSourceConfig {
    /// The type of data source. Always `stored_completions`.
    #[serde(rename = "type")]
    pub type_: StoredCompletionsLiteral,
    /// Metadata filters for the stored completions data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for CreateEvalStoredCompletionsDataSourceConfig {
    const NAME: &'static str = "CreateEvalStoredCompletionsDataSourceConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<StoredCompletionsLiteral> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "metadata" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalStoredCompletionsDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalStoredCompletionsDataSourceConfig {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            metadata: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalRequestTestingCriteriaItem {
    /// `label_model`
    LabelModel(CreateEvalLabelModelGrader),
    /// `string_check`
    StringCheck(EvalGraderStringCheck),
    /// `text_similarity`
    TextSimilarity(EvalGraderTextSimilarity),
    /// `python`
    Python(EvalGraderPython),
    /// `score_model`
    ScoreModel(EvalGraderScoreModel),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalRequestTestingCriteriaItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::LabelModel(value) => value.serialize(serializer),
            Self::StringCheck(value) => value.serialize(serializer),
            Self::TextSimilarity(value) => value.serialize(serializer),
            Self::Python(value) => value.serialize(serializer),
            Self::ScoreModel(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateEvalRequestTestingCriteriaItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "label_model" => Deserialize::deserialize(content).map(Self::LabelModel),
                "string_check" => {
                    Deserialize::deserialize(content).map(Self::StringCheck)
                }
                "text_similarity" => {
                    Deserialize::deserialize(content).map(Self::TextSimilarity)
                }
                "python" => Deserialize::deserialize(content).map(Self::Python),
                "score_model" => Deserialize::deserialize(content).map(Self::ScoreModel),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalRequestTestingCriteriaItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateEvalLabelModelGrader> for CreateEvalRequestTestingCriteriaItem {
    fn from(value: CreateEvalLabelModelGrader) -> Self {
        Self::LabelModel(value)
    }
}
impl From<EvalGraderStringCheck> for CreateEvalRequestTestingCriteriaItem {
    fn from(value: EvalGraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}
impl From<EvalGraderTextSimilarity> for CreateEvalRequestTestingCriteriaItem {
    fn from(value: EvalGraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}
impl From<EvalGraderPython> for CreateEvalRequestTestingCriteriaItem {
    fn from(value: EvalGraderPython) -> Self {
        Self::Python(value)
    }
}
impl From<EvalGraderScoreModel> for CreateEvalRequestTestingCriteriaItem {
    fn from(value: EvalGraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}
/// StringCheckGrader
pub type EvalGraderStringCheck = GraderStringCheck;
/// TextSimilarityGrader
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalGraderTextSimilarity {
    /// The type of grader.
    #[serde(rename = "type")]
    pub type_: TextSimilarityLiteral,
    /// The name of the grader.
    pub name: String,
    /// The text being graded.
    pub input: String,
    /// The text being graded against.
    pub reference: String,
    /// The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    /// `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    /// or `rouge_l`.
    pub evaluation_metric: EvalGraderTextSimilarityEvaluationMetric,
    /// The threshold for the score.
    pub pass_threshold: f64,
}
impl sdk_runtime_types::de::Object for EvalGraderTextSimilarity {
    const NAME: &'static str = "EvalGraderTextSimilarity";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextSimilarityLiteral> = None;
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        let mut reference: Option<String> = None;
        let mut evaluation_metric: Option<EvalGraderTextSimilarityEvaluationMetric> = None;
        let mut pass_threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "input" => 2,
                    "reference" => 3,
                    "evaluation_metric" => 4,
                    "pass_threshold" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut input),
                3 => sdk_runtime_types::de::value(&mut map, &mut reference),
                4 => sdk_runtime_types::de::value(&mut map, &mut evaluation_metric),
                5 => sdk_runtime_types::de::value(&mut map, &mut pass_threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            input: input.unwrap_or_default(),
            reference: reference.unwrap_or_default(),
            evaluation_metric: evaluation_metric.unwrap_or_default(),
            pass_threshold: pass_threshold.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalGraderTextSimilarity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalGraderTextSimilarity {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        input: impl Into<String>,
        reference: impl Into<String>,
        evaluation_metric: impl Into<EvalGraderTextSimilarityEvaluationMetric>,
        pass_threshold: impl Into<f64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            input: input.into(),
            reference: reference.into(),
            evaluation_metric: evaluation_metric.into(),
            pass_threshold: pass_threshold.into(),
        }
    }
}
/// PythonGrader
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalGraderPython {
    /// The object type, which is always `python`.
    #[serde(rename = "type")]
    pub type_: PythonLiteral,
    /// The name of the grader.
    pub name: String,
    /// The source code of the python script.
    pub source: String,
    /// The image tag to use for the python script.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
    /// The threshold for the score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass_threshold: Option<f64>,
}
impl sdk_runtime_types::de::Object for EvalGraderPython {
    const NAME: &'static str = "EvalGraderPython";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<PythonLiteral> = None;
        let mut name: Option<String> = None;
        let mut source: Option<String> = None;
        let mut image_tag: Option<String> = None;
        let mut pass_threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "source" => 2,
                    "image_tag" => 3,
                    "pass_threshold" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut source),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut image_tag),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut pass_threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            source: source.unwrap_or_default(),
            image_tag,
            pass_threshold,
        })
    }
}
impl<'de> Deserialize<'de> for EvalGraderPython {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalGraderPython {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, source: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            source: source.into(),
            image_tag: None,
            pass_threshold: None,
        }
    }
    /// Sets `image_tag`.
    pub fn image_tag(mut self, value: impl Into<String>) -> Self {
        self.image_tag = Some(value.into());
        self
    }
    /// Sets `pass_threshold`.
    pub fn pass_threshold(mut self, value: impl Into<f64>) -> Self {
        self.pass_threshold = Some(value.into());
        self
    }
}
/// ScoreModelGrader
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalGraderScoreModel {
    /// The object type, which is always `score_model`.
    #[serde(rename = "type")]
    pub type_: ScoreModelLiteral,
    /// The name of the grader.
    pub name: String,
    /// The model to use for the evaluation.
    pub model: String,
    /// The sampling parameters for the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_params: Option<EvalGraderScoreModelSamplingParams>,
    /// The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings.
    pub input: Vec<EvalItem>,
    /// The range of the score. Defaults to `[0, 1]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<Vec<f64>>,
    /// The threshold for the score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass_threshold: Option<f64>,
}
impl sdk_runtime_types::de::Object for EvalGraderScoreModel {
    const NAME: &'static str = "EvalGraderScoreModel";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ScoreModelLiteral> = None;
        let mut name: Option<String> = None;
        let mut model: Option<String> = None;
        let mut sampling_params: Option<EvalGraderScoreModelSamplingParams> = None;
        let mut input: Option<Vec<EvalItem>> = None;
        let mut range: Option<Vec<f64>> = None;
        let mut pass_threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "model" => 2,
                    "sampling_params" => 3,
                    "input" => 4,
                    "range" => 5,
                    "pass_threshold" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut sampling_params),
                4 => sdk_runtime_types::de::value(&mut map, &mut input),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut range),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut pass_threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            model: model.unwrap_or_default(),
            sampling_params,
            input: input.unwrap_or_default(),
            range,
            pass_threshold,
        })
    }
}
impl<'de> Deserialize<'de> for EvalGraderScoreModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalGraderScoreModel {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        model: impl Into<String>,
        input: impl Into<Vec<EvalItem>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            model: model.into(),
            sampling_params: None,
            input: input.into(),
            range: None,
            pass_threshold: None,
        }
    }
    /// Sets `sampling_params`.
    pub fn sampling_params(
        mut self,
        value: impl Into<EvalGraderScoreModelSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(value.into());
        self
    }
    /// Sets `range`.
    pub fn range(mut self, value: impl Into<Vec<f64>>) -> Self {
        self.range = Some(value.into());
        self
    }
    /// Sets `pass_threshold`.
    pub fn pass_threshold(mut self, value: impl Into<f64>) -> Self {
        self.pass_threshold = Some(value.into());
        self
    }
}
/// A ResponsesRunDataSource object describing a model sampling configuration.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSource {
    /// The type of run data source. Always `responses`.
    #[serde(rename = "type")]
    pub type_: ResponsesLiteral,
    /// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_messages: Option<CreateEvalResponsesRunDataSourceInputMessages>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_params: Option<Box<CreateEvalResponsesRunDataSourceSamplingParams>>,
    /// The name of the model to use for generating completions (e.g. "o3-mini").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Determines what populates the `item` namespace in this run's data source.
    pub source: CreateEvalResponsesRunDataSourceSource,
}
impl sdk_runtime_types::de::Object for CreateEvalResponsesRunDataSource {
    const NAME: &'static str = "CreateEvalResponsesRunDataSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponsesLiteral> = None;
        let mut input_messages: Option<CreateEvalResponsesRunDataSourceInputMessages> = None;
        let mut sampling_params: Option<
            Box<CreateEvalResponsesRunDataSourceSamplingParams>,
        > = None;
        let mut model: Option<String> = None;
        let mut source: Option<CreateEvalResponsesRunDataSourceSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "input_messages" => 1,
                    "sampling_params" => 2,
                    "model" => 3,
                    "source" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut input_messages),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut sampling_params),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                4 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            input_messages,
            sampling_params,
            model,
            source: sdk_runtime_types::de::required::<_, A::Error>(source, "source")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalResponsesRunDataSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalResponsesRunDataSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(source: impl Into<CreateEvalResponsesRunDataSourceSource>) -> Self {
        Self {
            type_: Default::default(),
            input_messages: None,
            sampling_params: None,
            model: None,
            source: source.into(),
        }
    }
    /// Sets `input_messages`.
    pub fn input_messages(
        mut self,
        value: impl Into<CreateEvalResponsesRunDataSourceInputMessages>,
    ) -> Self {
        self.input_messages = Some(value.into());
        self
    }
    /// Sets `sampling_params`.
    pub fn sampling_params(
        mut self,
        value: impl Into<CreateEvalResponsesRunDataSourceSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(Box::new(value.into()));
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `responses`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponsesLiteral {
    /// `responses`
    #[default]
    Responses,
}
impl ResponsesLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "responses"
    }
}
impl std::fmt::Display for ResponsesLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponsesLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("responses")
    }
}
impl<'de> Deserialize<'de> for ResponsesLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "responses")
            .map(|()| Self::Responses)
    }
}
/// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalResponsesRunDataSourceInputMessages {
    /// `template`
    Template(CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate),
    /// `item_reference`
    ItemReference(
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalResponsesRunDataSourceInputMessages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Template(value) => value.serialize(serializer),
            Self::ItemReference(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for CreateEvalResponsesRunDataSourceInputMessages {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "template" => Deserialize::deserialize(content).map(Self::Template),
                "item_reference" => {
                    Deserialize::deserialize(content).map(Self::ItemReference)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalResponsesRunDataSourceInputMessages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate>
for CreateEvalResponsesRunDataSourceInputMessages {
    fn from(
        value: CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
    ) -> Self {
        Self::Template(value)
    }
}
impl From<CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference>
for CreateEvalResponsesRunDataSourceInputMessages {
    fn from(
        value: CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
    ) -> Self {
        Self::ItemReference(value)
    }
}
/// InputMessagesTemplate
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate {
    /// The type of input messages. Always `template`.
    #[serde(rename = "type")]
    pub type_: TemplateLiteral,
    /// A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
    pub template: Vec<
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem,
    >,
}
impl sdk_runtime_types::de::Object
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate {
    const NAME: &'static str = "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TemplateLiteral> = None;
        let mut template: Option<
            Vec<
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem,
            >,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "template" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut template),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            template: template.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        template: impl Into<
            Vec<
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem,
            >,
        >,
    ) -> Self {
        Self {
            type_: Default::default(),
            template: template.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem {
    EvalItem(EvalItem),
    ChatMessage(
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<EvalItem>
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem {
    fn from(value: EvalItem) -> Self {
        Self::EvalItem(value)
    }
}
impl From<
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
> for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem {
    fn from(
        value: CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
    ) -> Self {
        Self::ChatMessage(value)
    }
}
/// ChatMessage
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage {
    /// The role of the message (e.g. "system", "assistant", "user").
    pub role: String,
    /// The content of the message.
    pub content: String,
}
impl sdk_runtime_types::de::Object
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage {
    const NAME: &'static str = "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        let mut content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
impl<'de> Deserialize<'de>
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(role: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
        }
    }
}
/// InputMessagesItemReference
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference {
    /// The type of input messages. Always `item_reference`.
    #[serde(rename = "type")]
    pub type_: ItemReferenceLiteral,
    /// A reference to a variable in the `item` namespace. Ie, "item.name"
    pub item_reference: String,
}
impl sdk_runtime_types::de::Object
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference {
    const NAME: &'static str = "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ItemReferenceLiteral> = None;
        let mut item_reference: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_reference" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_reference),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_reference: item_reference.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item_reference: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            item_reference: item_reference.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceSamplingParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// A higher temperature increases randomness in the outputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The maximum number of tokens in the generated output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    /// An alternative to temperature for nucleus sampling; 1.0 includes all tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// A seed value to initialize the randomness, during sampling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<i64>,
    /// An array of tools the model may call while generating a response. You
    /// can specify which tool to use by setting the `tool_choice` parameter.
    ///
    /// The two categories of tools you can provide the model are:
    ///
    /// - **Built-in tools**: Tools that are provided by OpenAI that extend the
    ///   model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
    ///   or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
    ///   [built-in tools](https://platform.openai.com/docs/guides/tools).
    /// - **Function calls (custom tools)**: Functions that are defined by you,
    ///   enabling the model to call your own code. Learn more about
    ///   [function calling](https://platform.openai.com/docs/guides/function-calling).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<CreateEvalResponsesRunDataSourceSamplingParamsText>>,
}
impl sdk_runtime_types::de::Object for CreateEvalResponsesRunDataSourceSamplingParams {
    const NAME: &'static str = "CreateEvalResponsesRunDataSourceSamplingParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut temperature: Option<f64> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut top_p: Option<f64> = None;
        let mut seed: Option<i64> = None;
        let mut tools: Option<Vec<Tool>> = None;
        let mut text: Option<Box<CreateEvalResponsesRunDataSourceSamplingParamsText>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "reasoning_effort" => 0,
                    "temperature" => 1,
                    "max_completion_tokens" => 2,
                    "top_p" => 3,
                    "seed" => 4,
                    "tools" => 5,
                    "text" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                2 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut max_completion_tokens)
                }
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut seed),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            reasoning_effort,
            temperature,
            max_completion_tokens,
            top_p,
            seed,
            tools,
            text,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalResponsesRunDataSourceSamplingParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalResponsesRunDataSourceSamplingParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            reasoning_effort: None,
            temperature: None,
            max_completion_tokens: None,
            top_p: None,
            seed: None,
            tools: None,
            text: None,
        }
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }
    /// Sets `seed`.
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<Tool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: impl Into<CreateEvalResponsesRunDataSourceSamplingParamsText>,
    ) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
}
/// Configuration options for a text response from the model. Can be plain
/// text or structured JSON data. Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceSamplingParamsText {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Box<TextResponseFormatConfiguration>>,
}
impl sdk_runtime_types::de::Object
for CreateEvalResponsesRunDataSourceSamplingParamsText {
    const NAME: &'static str = "CreateEvalResponsesRunDataSourceSamplingParamsText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<Box<TextResponseFormatConfiguration>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format })
    }
}
impl<'de> Deserialize<'de> for CreateEvalResponsesRunDataSourceSamplingParamsText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalResponsesRunDataSourceSamplingParamsText {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { format: None }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<TextResponseFormatConfiguration>) -> Self {
        self.format = Some(Box::new(value.into()));
        self
    }
}
/// Determines what populates the `item` namespace in this run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalResponsesRunDataSourceSource {
    /// `file_content`
    FileContent(EvalJsonlFileContentSource),
    /// `file_id`
    FileId(EvalJsonlFileIdSource),
    /// `responses`
    Responses(Box<EvalResponsesSource>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalResponsesRunDataSourceSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileContent(value) => value.serialize(serializer),
            Self::FileId(value) => value.serialize(serializer),
            Self::Responses(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateEvalResponsesRunDataSourceSource {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "file_content" => {
                    Deserialize::deserialize(content).map(Self::FileContent)
                }
                "file_id" => Deserialize::deserialize(content).map(Self::FileId),
                "responses" => Deserialize::deserialize(content).map(Self::Responses),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalResponsesRunDataSourceSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<EvalJsonlFileContentSource> for CreateEvalResponsesRunDataSourceSource {
    fn from(value: EvalJsonlFileContentSource) -> Self {
        Self::FileContent(value)
    }
}
impl From<EvalJsonlFileIdSource> for CreateEvalResponsesRunDataSourceSource {
    fn from(value: EvalJsonlFileIdSource) -> Self {
        Self::FileId(value)
    }
}
impl From<EvalResponsesSource> for CreateEvalResponsesRunDataSourceSource {
    fn from(value: EvalResponsesSource) -> Self {
        Self::Responses(Box::new(value))
    }
}
/// A EvalResponsesSource object describing a run data source configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalResponsesSource {
    /// The type of run data source. Always `responses`.
    #[serde(rename = "type")]
    pub type_: ResponsesLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions_search: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_after: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_before: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for EvalResponsesSource {
    const NAME: &'static str = "EvalResponsesSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponsesLiteral> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut model: Option<String> = None;
        let mut instructions_search: Option<String> = None;
        let mut created_after: Option<i64> = None;
        let mut created_before: Option<i64> = None;
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut users: Option<Vec<String>> = None;
        let mut tools: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "metadata" => 1,
                    "model" => 2,
                    "instructions_search" => 3,
                    "created_after" => 4,
                    "created_before" => 5,
                    "reasoning_effort" => 6,
                    "temperature" => 7,
                    "top_p" => 8,
                    "users" => 9,
                    "tools" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut instructions_search),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut created_after),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut created_before),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut users),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            metadata,
            model,
            instructions_search,
            created_after,
            created_before,
            reasoning_effort,
            temperature,
            top_p,
            users,
            tools,
        })
    }
}
impl<'de> Deserialize<'de> for EvalResponsesSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalResponsesSource {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            metadata: None,
            model: None,
            instructions_search: None,
            created_after: None,
            created_before: None,
            reasoning_effort: None,
            temperature: None,
            top_p: None,
            users: None,
            tools: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `instructions_search`.
    pub fn instructions_search(mut self, value: impl Into<String>) -> Self {
        self.instructions_search = Some(value.into());
        self
    }
    /// Sets `created_after`.
    pub fn created_after(mut self, value: impl Into<i64>) -> Self {
        self.created_after = Some(value.into());
        self
    }
    /// Sets `created_before`.
    pub fn created_before(mut self, value: impl Into<i64>) -> Self {
        self.created_before = Some(value.into());
        self
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }
    /// Sets `users`.
    pub fn users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.users = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tools = Some(value.into());
        self
    }
}
/// CreateEvalRunRequest
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateEvalRunRequest {
    /// The name of the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Details about the run's data source.
    pub data_source: CreateEvalRunRequestDataSource,
}
impl sdk_runtime_types::de::Object for CreateEvalRunRequest {
    const NAME: &'static str = "CreateEvalRunRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut metadata: Option<Metadata> = None;
        let mut data_source: Option<CreateEvalRunRequestDataSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "metadata" => 1,
                    "data_source" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::value(&mut map, &mut data_source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name,
            metadata,
            data_source: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(data_source, "data_source")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEvalRunRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEvalRunRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data_source: impl Into<CreateEvalRunRequestDataSource>) -> Self {
        Self {
            name: None,
            metadata: None,
            data_source: data_source.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Details about the run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalRunRequestDataSource {
    /// `jsonl`
    Jsonl(CreateEvalJsonlRunDataSource),
    /// `completions`
    Completions(CreateEvalCompletionsRunDataSource),
    /// `responses`
    Responses(CreateEvalResponsesRunDataSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateEvalRunRequestDataSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Jsonl(value) => value.serialize(serializer),
            Self::Completions(value) => value.serialize(serializer),
            Self::Responses(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateEvalRunRequestDataSource {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "jsonl" => Deserialize::deserialize(content).map(Self::Jsonl),
                "completions" => Deserialize::deserialize(content).map(Self::Completions),
                "responses" => Deserialize::deserialize(content).map(Self::Responses),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateEvalRunRequestDataSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateEvalJsonlRunDataSource> for CreateEvalRunRequestDataSource {
    fn from(value: CreateEvalJsonlRunDataSource) -> Self {
        Self::Jsonl(value)
    }
}
impl From<CreateEvalCompletionsRunDataSource> for CreateEvalRunRequestDataSource {
    fn from(value: CreateEvalCompletionsRunDataSource) -> Self {
        Self::Completions(value)
    }
}
impl From<CreateEvalResponsesRunDataSource> for CreateEvalRunRequestDataSource {
    fn from(value: CreateEvalResponsesRunDataSource) -> Self {
        Self::Responses(value)
    }
}
/// An Eval object with a data source config and testing criteria.
/// An Eval represents a task to be done for your LLM integration.
/// Like:
/// - Improve the quality of my chatbot
/// - See how well my chatbot handles customer support
/// - Check if o4-mini is better at my usecase than gpt-4o
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Eval {
    /// The object type.
    pub object: EvalLiteral,
    /// Unique identifier for the evaluation.
    pub id: String,
    /// The name of the evaluation.
    pub name: String,
    /// Configuration of data sources used in runs of the evaluation.
    pub data_source_config: EvalDataSourceConfig,
    /// A list of testing criteria.
    pub testing_criteria: Vec<EvalTestingCriteriaItem>,
    /// The Unix timestamp (in seconds) for when the eval was created.
    pub created_at: i64,
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for Eval {
    const NAME: &'static str = "Eval";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<EvalLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut data_source_config: Option<EvalDataSourceConfig> = None;
        let mut testing_criteria: Option<Vec<EvalTestingCriteriaItem>> = None;
        let mut created_at: Option<i64> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "data_source_config" => 3,
                    "testing_criteria" => 4,
                    "created_at" => 5,
                    "metadata" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut data_source_config),
                4 => sdk_runtime_types::de::value(&mut map, &mut testing_criteria),
                5 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            data_source_config: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(data_source_config, "data_source_config")?,
            testing_criteria: testing_criteria.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for Eval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Eval {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        data_source_config: impl Into<EvalDataSourceConfig>,
        testing_criteria: impl Into<Vec<EvalTestingCriteriaItem>>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            data_source_config: data_source_config.into(),
            testing_criteria: testing_criteria.into(),
            created_at: created_at.into(),
            metadata: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The constant `eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EvalLiteral {
    /// `eval`
    #[default]
    Eval,
}
impl EvalLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "eval"
    }
}
impl std::fmt::Display for EvalLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("eval")
    }
}
impl<'de> Deserialize<'de> for EvalLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "eval").map(|()| Self::Eval)
    }
}
/// Configuration of data sources used in runs of the evaluation.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalDataSourceConfig {
    /// `custom`
    Custom(EvalCustomDataSourceConfig),
    /// `logs`
    Logs(EvalLogsDataSourceConfig),
    /// `stored_completions`
    StoredCompletions(EvalStoredCompletionsDataSourceConfig),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for EvalDataSourceConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Custom(value) => value.serialize(serializer),
            Self::Logs(value) => value.serialize(serializer),
            Self::StoredCompletions(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for EvalDataSourceConfig {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "custom" => Deserialize::deserialize(content).map(Self::Custom),
                "logs" => Deserialize::deserialize(content).map(Self::Logs),
                "stored_completions" => {
                    Deserialize::deserialize(content).map(Self::StoredCompletions)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for EvalDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<EvalCustomDataSourceConfig> for EvalDataSourceConfig {
    fn from(value: EvalCustomDataSourceConfig) -> Self {
        Self::Custom(value)
    }
}
impl From<EvalLogsDataSourceConfig> for EvalDataSourceConfig {
    fn from(value: EvalLogsDataSourceConfig) -> Self {
        Self::Logs(value)
    }
}
impl From<EvalStoredCompletionsDataSourceConfig> for EvalDataSourceConfig {
    fn from(value: EvalStoredCompletionsDataSourceConfig) -> Self {
        Self::StoredCompletions(value)
    }
}
/// A CustomDataSourceConfig which specifies the schema of your `item` and optionally `sample` namespaces.
/// The response schema defines the shape of the data that will be:
/// - Used to define your testing criteria and
/// - What data is required when creating a run
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalCustomDataSourceConfig {
    /// The type of data source. Always `custom`.
    #[serde(rename = "type")]
    pub type_: CustomLiteral,
    /// The json schema for the run data source items.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    pub schema: serde_json::Map<String, serde_json::Value>,
}
impl sdk_runtime_types::de::Object for EvalCustomDataSourceConfig {
    const NAME: &'static str = "EvalCustomDataSourceConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomLiteral> = None;
        let mut schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "schema" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut schema),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            schema: schema.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalCustomDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalCustomDataSourceConfig {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(schema: impl Into<serde_json::Map<String, serde_json::Value>>) -> Self {
        Self {
            type_: Default::default(),
            schema: schema.into(),
        }
    }
}
/// A LogsDataSourceConfig which specifies the metadata property of your logs query.
/// This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
/// The schema returned by this data source config is used to defined what variables are available in your evals.
/// `item` and `sample` are both defined when using this data source config.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalLogsDataSourceConfig {
    /// The type of data source. Always `logs`.
    #[serde(rename = "type")]
    pub type_: LogsLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// The json schema for the run data source items.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    pub schema: serde_json::Map<String, serde_json::Value>,
}
impl sdk_runtime_types::de::Object for EvalLogsDataSourceConfig {
    const NAME: &'static str = "EvalLogsDataSourceConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LogsLiteral> = None;
        let mut metadata: Option<Metadata> = None;
        let mut schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "metadata" => 1,
                    "schema" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::value(&mut map, &mut schema),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            metadata,
            schema: schema.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalLogsDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalLogsDataSourceConfig {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(schema: impl Into<serde_json::Map<String, serde_json::Value>>) -> Self {
        Self {
            type_: Default::default(),
            metadata: None,
            schema: schema.into(),
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Deprecated in favor of LogsDataSourceConfig.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalStoredCompletionsDataSourceConfig {
    /// The type of data source. Always `stored_completions`.
    #[serde(rename = "type")]
    pub type_: StoredCompletionsLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// The json schema for the run data source items.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    pub schema: serde_json::Map<String, serde_json::Value>,
}
impl sdk_runtime_types::de::Object for EvalStoredCompletionsDataSourceConfig {
    const NAME: &'static str = "EvalStoredCompletionsDataSourceConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<StoredCompletionsLiteral> = None;
        let mut metadata: Option<Metadata> = None;
        let mut schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "metadata" => 1,
                    "schema" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::value(&mut map, &mut schema),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            metadata,
            schema: schema.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalStoredCompletionsDataSourceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalStoredCompletionsDataSourceConfig {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(schema: impl Into<serde_json::Map<String, serde_json::Value>>) -> Self {
        Self {
            type_: Default::default(),
            metadata: None,
            schema: schema.into(),
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalTestingCriteriaItem {
    /// `label_model`
    LabelModel(EvalGraderLabelModel),
    /// `string_check`
    StringCheck(EvalGraderStringCheck),
    /// `text_similarity`
    TextSimilarity(EvalGraderTextSimilarity),
    /// `python`
    Python(EvalGraderPython),
    /// `score_model`
    ScoreModel(EvalGraderScoreModel),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for EvalTestingCriteriaItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::LabelModel(value) => value.serialize(serializer),
            Self::StringCheck(value) => value.serialize(serializer),
            Self::TextSimilarity(value) => value.serialize(serializer),
            Self::Python(value) => value.serialize(serializer),
            Self::ScoreModel(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for EvalTestingCriteriaItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "label_model" => Deserialize::deserialize(content).map(Self::LabelModel),
                "string_check" => {
                    Deserialize::deserialize(content).map(Self::StringCheck)
                }
                "text_similarity" => {
                    Deserialize::deserialize(content).map(Self::TextSimilarity)
                }
                "python" => Deserialize::deserialize(content).map(Self::Python),
                "score_model" => Deserialize::deserialize(content).map(Self::ScoreModel),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for EvalTestingCriteriaItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<EvalGraderLabelModel> for EvalTestingCriteriaItem {
    fn from(value: EvalGraderLabelModel) -> Self {
        Self::LabelModel(value)
    }
}
impl From<EvalGraderStringCheck> for EvalTestingCriteriaItem {
    fn from(value: EvalGraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}
impl From<EvalGraderTextSimilarity> for EvalTestingCriteriaItem {
    fn from(value: EvalGraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}
impl From<EvalGraderPython> for EvalTestingCriteriaItem {
    fn from(value: EvalGraderPython) -> Self {
        Self::Python(value)
    }
}
impl From<EvalGraderScoreModel> for EvalTestingCriteriaItem {
    fn from(value: EvalGraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}
/// LabelModelGrader
pub type EvalGraderLabelModel = GraderLabelModel;
/// An object representing an error response from the Eval API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalApiError {
    /// The error code.
    pub code: String,
    /// The error message.
    pub message: String,
}
impl sdk_runtime_types::de::Object for EvalApiError {
    const NAME: &'static str = "EvalApiError";
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
impl<'de> Deserialize<'de> for EvalApiError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalApiError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
/// An object representing a list of evals.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalList {
    /// The type of this object. It is always set to "list".
    pub object: ListLiteral,
    /// An array of eval objects.
    pub data: Vec<Eval>,
    /// The identifier of the first eval in the data array.
    pub first_id: String,
    /// The identifier of the last eval in the data array.
    pub last_id: String,
    /// Indicates whether there are more evals available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for EvalList {
    const NAME: &'static str = "EvalList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<Eval>> = None;
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
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<Eval>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for EvalList {
    type Item = Eval;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// A schema representing an evaluation run.
///
/// Its values come from the API: to make one (in a test), decode it from JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EvalRun {
    /// The type of the object. Always "eval.run".
    pub object: EvalRunLiteral,
    /// Unique identifier for the evaluation run.
    pub id: String,
    /// The identifier of the associated evaluation.
    pub eval_id: String,
    /// The status of the evaluation run.
    pub status: String,
    /// The model that is evaluated, if applicable.
    pub model: String,
    /// The name of the evaluation run.
    pub name: String,
    /// Unix timestamp (in seconds) when the evaluation run was created.
    pub created_at: i64,
    /// The URL to the rendered evaluation run report on the UI dashboard.
    pub report_url: String,
    /// Counters summarizing the outcomes of the evaluation run.
    pub result_counts: EvalRunResultCounts,
    /// Usage statistics for each model during the evaluation run.
    pub per_model_usage: Vec<EvalRunPerModelUsageItem>,
    /// Results per testing criteria applied during the evaluation run.
    pub per_testing_criteria_results: Vec<EvalRunPerTestingCriteriaResult>,
    /// Information about the run's data source.
    pub data_source: EvalRunDataSource,
    pub metadata: Option<Metadata>,
    pub error: EvalApiError,
}
impl sdk_runtime_types::de::Object for EvalRun {
    const NAME: &'static str = "EvalRun";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<EvalRunLiteral> = None;
        let mut id: Option<String> = None;
        let mut eval_id: Option<String> = None;
        let mut status: Option<String> = None;
        let mut model: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut report_url: Option<String> = None;
        let mut result_counts: Option<EvalRunResultCounts> = None;
        let mut per_model_usage: Option<Vec<EvalRunPerModelUsageItem>> = None;
        let mut per_testing_criteria_results: Option<
            Vec<EvalRunPerTestingCriteriaResult>,
        > = None;
        let mut data_source: Option<EvalRunDataSource> = None;
        let mut metadata: Option<Metadata> = None;
        let mut error: Option<EvalApiError> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "eval_id" => 2,
                    "status" => 3,
                    "model" => 4,
                    "name" => 5,
                    "created_at" => 6,
                    "report_url" => 7,
                    "result_counts" => 8,
                    "per_model_usage" => 9,
                    "per_testing_criteria_results" => 10,
                    "data_source" => 11,
                    "metadata" => 12,
                    "error" => 13,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut eval_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut model),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                7 => sdk_runtime_types::de::value(&mut map, &mut report_url),
                8 => sdk_runtime_types::de::value(&mut map, &mut result_counts),
                9 => sdk_runtime_types::de::value(&mut map, &mut per_model_usage),
                10 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut per_testing_criteria_results,
                    )
                }
                11 => sdk_runtime_types::de::value(&mut map, &mut data_source),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                13 => sdk_runtime_types::de::value(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            eval_id: eval_id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            model: model.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            report_url: report_url.unwrap_or_default(),
            result_counts: result_counts.unwrap_or_default(),
            per_model_usage: per_model_usage.unwrap_or_default(),
            per_testing_criteria_results: per_testing_criteria_results
                .unwrap_or_default(),
            data_source: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(data_source, "data_source")?,
            metadata,
            error: error.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRun {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRun {
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The constant `eval.run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EvalRunLiteral {
    /// `eval.run`
    #[default]
    EvalRun,
}
impl EvalRunLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "eval.run"
    }
}
impl std::fmt::Display for EvalRunLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("eval.run")
    }
}
impl<'de> Deserialize<'de> for EvalRunLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "eval.run").map(|()| Self::EvalRun)
    }
}
/// Counters summarizing the outcomes of the evaluation run.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunResultCounts {
    /// Total number of executed output items.
    pub total: i64,
    /// Number of output items that resulted in an error.
    pub errored: i64,
    /// Number of output items that failed to pass the evaluation.
    pub failed: i64,
    /// Number of output items that passed the evaluation.
    pub passed: i64,
}
impl sdk_runtime_types::de::Object for EvalRunResultCounts {
    const NAME: &'static str = "EvalRunResultCounts";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut total: Option<i64> = None;
        let mut errored: Option<i64> = None;
        let mut failed: Option<i64> = None;
        let mut passed: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "total" => 0,
                    "errored" => 1,
                    "failed" => 2,
                    "passed" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut total),
                1 => sdk_runtime_types::de::value(&mut map, &mut errored),
                2 => sdk_runtime_types::de::value(&mut map, &mut failed),
                3 => sdk_runtime_types::de::value(&mut map, &mut passed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            total: total.unwrap_or_default(),
            errored: errored.unwrap_or_default(),
            failed: failed.unwrap_or_default(),
            passed: passed.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunResultCounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunResultCounts {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        total: impl Into<i64>,
        errored: impl Into<i64>,
        failed: impl Into<i64>,
        passed: impl Into<i64>,
    ) -> Self {
        Self {
            total: total.into(),
            errored: errored.into(),
            failed: failed.into(),
            passed: passed.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunPerModelUsageItem {
    /// The name of the model.
    pub model_name: String,
    /// The number of invocations.
    pub invocation_count: i64,
    /// The number of prompt tokens used.
    pub prompt_tokens: i64,
    /// The number of completion tokens generated.
    pub completion_tokens: i64,
    /// The total number of tokens used.
    pub total_tokens: i64,
    /// The number of tokens retrieved from cache.
    pub cached_tokens: i64,
}
impl sdk_runtime_types::de::Object for EvalRunPerModelUsageItem {
    const NAME: &'static str = "EvalRunPerModelUsageItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model_name: Option<String> = None;
        let mut invocation_count: Option<i64> = None;
        let mut prompt_tokens: Option<i64> = None;
        let mut completion_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        let mut cached_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model_name" => 0,
                    "invocation_count" => 1,
                    "prompt_tokens" => 2,
                    "completion_tokens" => 3,
                    "total_tokens" => 4,
                    "cached_tokens" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model_name),
                1 => sdk_runtime_types::de::value(&mut map, &mut invocation_count),
                2 => sdk_runtime_types::de::value(&mut map, &mut prompt_tokens),
                3 => sdk_runtime_types::de::value(&mut map, &mut completion_tokens),
                4 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                5 => sdk_runtime_types::de::value(&mut map, &mut cached_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model_name: model_name.unwrap_or_default(),
            invocation_count: invocation_count.unwrap_or_default(),
            prompt_tokens: prompt_tokens.unwrap_or_default(),
            completion_tokens: completion_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
            cached_tokens: cached_tokens.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunPerModelUsageItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunPerModelUsageItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        model_name: impl Into<String>,
        invocation_count: impl Into<i64>,
        prompt_tokens: impl Into<i64>,
        completion_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
        cached_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            model_name: model_name.into(),
            invocation_count: invocation_count.into(),
            prompt_tokens: prompt_tokens.into(),
            completion_tokens: completion_tokens.into(),
            total_tokens: total_tokens.into(),
            cached_tokens: cached_tokens.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunPerTestingCriteriaResult {
    /// A description of the testing criteria.
    pub testing_criteria: String,
    /// Number of tests passed for this criteria.
    pub passed: i64,
    /// Number of tests failed for this criteria.
    pub failed: i64,
}
impl sdk_runtime_types::de::Object for EvalRunPerTestingCriteriaResult {
    const NAME: &'static str = "EvalRunPerTestingCriteriaResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut testing_criteria: Option<String> = None;
        let mut passed: Option<i64> = None;
        let mut failed: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "testing_criteria" => 0,
                    "passed" => 1,
                    "failed" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut testing_criteria),
                1 => sdk_runtime_types::de::value(&mut map, &mut passed),
                2 => sdk_runtime_types::de::value(&mut map, &mut failed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            testing_criteria: testing_criteria.unwrap_or_default(),
            passed: passed.unwrap_or_default(),
            failed: failed.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunPerTestingCriteriaResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunPerTestingCriteriaResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        testing_criteria: impl Into<String>,
        passed: impl Into<i64>,
        failed: impl Into<i64>,
    ) -> Self {
        Self {
            testing_criteria: testing_criteria.into(),
            passed: passed.into(),
            failed: failed.into(),
        }
    }
}
/// Information about the run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalRunDataSource {
    /// `jsonl`
    Jsonl(CreateEvalJsonlRunDataSource),
    /// `completions`
    Completions(CreateEvalCompletionsRunDataSource),
    /// `responses`
    Responses(CreateEvalResponsesRunDataSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for EvalRunDataSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Jsonl(value) => value.serialize(serializer),
            Self::Completions(value) => value.serialize(serializer),
            Self::Responses(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for EvalRunDataSource {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "jsonl" => Deserialize::deserialize(content).map(Self::Jsonl),
                "completions" => Deserialize::deserialize(content).map(Self::Completions),
                "responses" => Deserialize::deserialize(content).map(Self::Responses),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for EvalRunDataSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateEvalJsonlRunDataSource> for EvalRunDataSource {
    fn from(value: CreateEvalJsonlRunDataSource) -> Self {
        Self::Jsonl(value)
    }
}
impl From<CreateEvalCompletionsRunDataSource> for EvalRunDataSource {
    fn from(value: CreateEvalCompletionsRunDataSource) -> Self {
        Self::Completions(value)
    }
}
impl From<CreateEvalResponsesRunDataSource> for EvalRunDataSource {
    fn from(value: CreateEvalResponsesRunDataSource) -> Self {
        Self::Responses(value)
    }
}
/// An object representing a list of runs for an evaluation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunList {
    /// The type of this object. It is always set to "list".
    pub object: ListLiteral,
    /// An array of eval run objects.
    pub data: Vec<EvalRun>,
    /// The identifier of the first eval run in the data array.
    pub first_id: String,
    /// The identifier of the last eval run in the data array.
    pub last_id: String,
    /// Indicates whether there are more evals available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for EvalRunList {
    const NAME: &'static str = "EvalRunList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<EvalRun>> = None;
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
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<EvalRun>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for EvalRunList {
    type Item = EvalRun;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// A schema representing an evaluation run output item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItem {
    /// The type of the object. Always "eval.run.output_item".
    pub object: EvalRunOutputItemLiteral,
    /// Unique identifier for the evaluation run output item.
    pub id: String,
    /// The identifier of the evaluation run associated with this output item.
    pub run_id: String,
    /// The identifier of the evaluation group.
    pub eval_id: String,
    /// Unix timestamp (in seconds) when the evaluation run was created.
    pub created_at: i64,
    /// The status of the evaluation run.
    pub status: String,
    /// The identifier for the data source item.
    pub datasource_item_id: i64,
    /// Details of the input data source item.
    pub datasource_item: serde_json::Map<String, serde_json::Value>,
    /// A list of grader results for this output item.
    pub results: Vec<EvalRunOutputItemResult>,
    /// A sample containing the input and output of the evaluation run.
    pub sample: EvalRunOutputItemSample,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItem {
    const NAME: &'static str = "EvalRunOutputItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<EvalRunOutputItemLiteral> = None;
        let mut id: Option<String> = None;
        let mut run_id: Option<String> = None;
        let mut eval_id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut status: Option<String> = None;
        let mut datasource_item_id: Option<i64> = None;
        let mut datasource_item: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut results: Option<Vec<EvalRunOutputItemResult>> = None;
        let mut sample: Option<EvalRunOutputItemSample> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "run_id" => 2,
                    "eval_id" => 3,
                    "created_at" => 4,
                    "status" => 5,
                    "datasource_item_id" => 6,
                    "datasource_item" => 7,
                    "results" => 8,
                    "sample" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut run_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut eval_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::value(&mut map, &mut datasource_item_id),
                7 => sdk_runtime_types::de::value(&mut map, &mut datasource_item),
                8 => sdk_runtime_types::de::value(&mut map, &mut results),
                9 => sdk_runtime_types::de::value(&mut map, &mut sample),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            run_id: run_id.unwrap_or_default(),
            eval_id: eval_id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            status: status.unwrap_or_default(),
            datasource_item_id: datasource_item_id.unwrap_or_default(),
            datasource_item: datasource_item.unwrap_or_default(),
            results: results.unwrap_or_default(),
            sample: sample.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItem {}
/// The constant `eval.run.output_item`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EvalRunOutputItemLiteral {
    /// `eval.run.output_item`
    #[default]
    EvalRunOutputItem,
}
impl EvalRunOutputItemLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "eval.run.output_item"
    }
}
impl std::fmt::Display for EvalRunOutputItemLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunOutputItemLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("eval.run.output_item")
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "eval.run.output_item")
            .map(|()| Self::EvalRunOutputItem)
    }
}
/// A single grader result for an evaluation run output item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItemResult {
    /// The name of the grader.
    pub name: String,
    /// The grader type (for example, "string-check-grader").
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The numeric score produced by the grader.
    pub score: f64,
    /// Whether the grader considered the output a pass.
    pub passed: bool,
    /// Optional sample or intermediate data produced by the grader.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItemResult {
    const NAME: &'static str = "EvalRunOutputItemResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut type_: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut passed: Option<bool> = None;
        let mut sample: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "type" => 1,
                    "score" => 2,
                    "passed" => 3,
                    "sample" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut score),
                3 => sdk_runtime_types::de::value(&mut map, &mut passed),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut sample),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            type_,
            score: score.unwrap_or_default(),
            passed: passed.unwrap_or_default(),
            sample,
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItemResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        score: impl Into<f64>,
        passed: impl Into<bool>,
    ) -> Self {
        Self {
            name: name.into(),
            type_: None,
            score: score.into(),
            passed: passed.into(),
            sample: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `sample`.
    pub fn sample(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.sample = Some(value.into());
        self
    }
}
/// A sample containing the input and output of the evaluation run.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItemSample {
    /// An array of input messages.
    pub input: Vec<EvalRunOutputItemSampleInputItem>,
    /// An array of output messages.
    pub output: Vec<EvalRunOutputItemSampleOutputItem>,
    /// The reason why the sample generation was finished.
    pub finish_reason: String,
    /// The model used for generating the sample.
    pub model: String,
    /// Token usage details for the sample.
    pub usage: EvalRunOutputItemSampleUsage,
    pub error: EvalApiError,
    /// The sampling temperature used.
    pub temperature: f64,
    /// The maximum number of tokens allowed for completion.
    pub max_completion_tokens: i64,
    /// The top_p value used for sampling.
    pub top_p: f64,
    /// The seed used for generating the sample.
    pub seed: i64,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItemSample {
    const NAME: &'static str = "EvalRunOutputItemSample";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<Vec<EvalRunOutputItemSampleInputItem>> = None;
        let mut output: Option<Vec<EvalRunOutputItemSampleOutputItem>> = None;
        let mut finish_reason: Option<String> = None;
        let mut model: Option<String> = None;
        let mut usage: Option<EvalRunOutputItemSampleUsage> = None;
        let mut error: Option<EvalApiError> = None;
        let mut temperature: Option<f64> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut top_p: Option<f64> = None;
        let mut seed: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    "finish_reason" => 2,
                    "model" => 3,
                    "usage" => 4,
                    "error" => 5,
                    "temperature" => 6,
                    "max_completion_tokens" => 7,
                    "top_p" => 8,
                    "seed" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input),
                1 => sdk_runtime_types::de::value(&mut map, &mut output),
                2 => sdk_runtime_types::de::value(&mut map, &mut finish_reason),
                3 => sdk_runtime_types::de::value(&mut map, &mut model),
                4 => sdk_runtime_types::de::value(&mut map, &mut usage),
                5 => sdk_runtime_types::de::value(&mut map, &mut error),
                6 => sdk_runtime_types::de::value(&mut map, &mut temperature),
                7 => sdk_runtime_types::de::value(&mut map, &mut max_completion_tokens),
                8 => sdk_runtime_types::de::value(&mut map, &mut top_p),
                9 => sdk_runtime_types::de::value(&mut map, &mut seed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input: input.unwrap_or_default(),
            output: output.unwrap_or_default(),
            finish_reason: finish_reason.unwrap_or_default(),
            model: model.unwrap_or_default(),
            usage: usage.unwrap_or_default(),
            error: error.unwrap_or_default(),
            temperature: temperature.unwrap_or_default(),
            max_completion_tokens: max_completion_tokens.unwrap_or_default(),
            top_p: top_p.unwrap_or_default(),
            seed: seed.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemSample {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItemSample {}
/// An input message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItemSampleInputItem {
    /// The role of the message sender (e.g., system, user, developer).
    pub role: String,
    /// The content of the message.
    pub content: String,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItemSampleInputItem {
    const NAME: &'static str = "EvalRunOutputItemSampleInputItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        let mut content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: role.unwrap_or_default(),
            content: content.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemSampleInputItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItemSampleInputItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(role: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItemSampleOutputItem {
    /// The role of the message (e.g. "system", "assistant", "user").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The content of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItemSampleOutputItem {
    const NAME: &'static str = "EvalRunOutputItemSampleOutputItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        let mut content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role, content })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemSampleOutputItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItemSampleOutputItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None, content: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
/// Token usage details for the sample.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItemSampleUsage {
    /// The total number of tokens used.
    pub total_tokens: i64,
    /// The number of completion tokens generated.
    pub completion_tokens: i64,
    /// The number of prompt tokens used.
    pub prompt_tokens: i64,
    /// The number of tokens retrieved from cache.
    pub cached_tokens: i64,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItemSampleUsage {
    const NAME: &'static str = "EvalRunOutputItemSampleUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut total_tokens: Option<i64> = None;
        let mut completion_tokens: Option<i64> = None;
        let mut prompt_tokens: Option<i64> = None;
        let mut cached_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "total_tokens" => 0,
                    "completion_tokens" => 1,
                    "prompt_tokens" => 2,
                    "cached_tokens" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut completion_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut prompt_tokens),
                3 => sdk_runtime_types::de::value(&mut map, &mut cached_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            total_tokens: total_tokens.unwrap_or_default(),
            completion_tokens: completion_tokens.unwrap_or_default(),
            prompt_tokens: prompt_tokens.unwrap_or_default(),
            cached_tokens: cached_tokens.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemSampleUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItemSampleUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        total_tokens: impl Into<i64>,
        completion_tokens: impl Into<i64>,
        prompt_tokens: impl Into<i64>,
        cached_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            total_tokens: total_tokens.into(),
            completion_tokens: completion_tokens.into(),
            prompt_tokens: prompt_tokens.into(),
            cached_tokens: cached_tokens.into(),
        }
    }
}
/// An object representing a list of output items for an evaluation run.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EvalRunOutputItemList {
    /// The type of this object. It is always set to "list".
    pub object: ListLiteral,
    /// An array of eval run output item objects.
    pub data: Vec<EvalRunOutputItem>,
    /// The identifier of the first eval run output item in the data array.
    pub first_id: String,
    /// The identifier of the last eval run output item in the data array.
    pub last_id: String,
    /// Indicates whether there are more eval run output items available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for EvalRunOutputItemList {
    const NAME: &'static str = "EvalRunOutputItemList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<EvalRunOutputItem>> = None;
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
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EvalRunOutputItemList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EvalRunOutputItemList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<EvalRunOutputItem>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for EvalRunOutputItemList {
    type Item = EvalRunOutputItem;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListEvalsOrderBy {
    /// `created_at`
    #[default]
    CreatedAt,
    /// `updated_at`
    UpdatedAt,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ListEvalsOrderBy {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "created_at" => Self::CreatedAt,
            "updated_at" => Self::UpdatedAt,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ListEvalsOrderBy {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ListEvalsOrderBy {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ListEvalsOrderBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListEvalsOrderBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListEvalsOrderBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Query and header parameters of `listEvals`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListEvalsParams {
    /// Identifier for the last eval from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of evals to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
    /// Evals can be ordered by creation time or last updated time. Use
    /// `created_at` for creation time or `updated_at` for last updated time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<ListEvalsOrderBy>,
}
impl sdk_runtime_types::de::Object for ListEvalsParams {
    const NAME: &'static str = "ListEvalsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        let mut order_by: Option<ListEvalsOrderBy> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    "order" => 2,
                    "order_by" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut order_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            after,
            limit,
            order,
            order_by,
        })
    }
}
impl<'de> Deserialize<'de> for ListEvalsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListEvalsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            after: None,
            limit: None,
            order: None,
            order_by: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `order_by`.
    pub fn order_by(mut self, value: impl Into<ListEvalsOrderBy>) -> Self {
        self.order_by = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateEvalRequest {
    /// Rename the evaluation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for UpdateEvalRequest {
    const NAME: &'static str = "UpdateEvalRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "metadata" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, metadata })
    }
}
impl<'de> Deserialize<'de> for UpdateEvalRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateEvalRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { name: None, metadata: None }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteEvalResponse {
    pub object: String,
    pub deleted: bool,
    pub eval_id: String,
}
impl sdk_runtime_types::de::Object for DeleteEvalResponse {
    const NAME: &'static str = "DeleteEvalResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut eval_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    "eval_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut eval_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
            eval_id: eval_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeleteEvalResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteEvalResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        deleted: impl Into<bool>,
        eval_id: impl Into<String>,
    ) -> Self {
        Self {
            object: object.into(),
            deleted: deleted.into(),
            eval_id: eval_id.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetEvalRunsStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `canceled`
    Canceled,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl GetEvalRunsStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Canceled => "canceled",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "canceled" => Self::Canceled,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for GetEvalRunsStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for GetEvalRunsStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for GetEvalRunsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetEvalRunsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetEvalRunsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for GetEvalRunsStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `getEvalRuns`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetEvalRunsParams {
    /// Identifier for the last run from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of runs to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
    /// Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<GetEvalRunsStatus>,
}
impl sdk_runtime_types::de::Object for GetEvalRunsParams {
    const NAME: &'static str = "GetEvalRunsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        let mut status: Option<GetEvalRunsStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    "order" => 2,
                    "status" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            after,
            limit,
            order,
            status,
        })
    }
}
impl<'de> Deserialize<'de> for GetEvalRunsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GetEvalRunsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            after: None,
            limit: None,
            order: None,
            status: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<GetEvalRunsStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteEvalRunResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
}
impl sdk_runtime_types::de::Object for DeleteEvalRunResponse {
    const NAME: &'static str = "DeleteEvalRunResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut run_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    "run_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut run_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { object, deleted, run_id })
    }
}
impl<'de> Deserialize<'de> for DeleteEvalRunResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteEvalRunResponse {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            object: None,
            deleted: None,
            run_id: None,
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `deleted`.
    pub fn deleted(mut self, value: impl Into<bool>) -> Self {
        self.deleted = Some(value.into());
        self
    }
    /// Sets `run_id`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetEvalRunOutputItemsStatus {
    /// `fail`
    Fail,
    /// `pass`
    Pass,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl GetEvalRunOutputItemsStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fail => "fail",
            Self::Pass => "pass",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "fail" => Self::Fail,
            "pass" => Self::Pass,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for GetEvalRunOutputItemsStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for GetEvalRunOutputItemsStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for GetEvalRunOutputItemsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetEvalRunOutputItemsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetEvalRunOutputItemsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for GetEvalRunOutputItemsStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `getEvalRunOutputItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetEvalRunOutputItemsParams {
    /// Identifier for the last output item from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of output items to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Filter output items by status. Use `failed` to filter by failed output
    /// items or `pass` to filter by passed output items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<GetEvalRunOutputItemsStatus>,
    /// Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
}
impl sdk_runtime_types::de::Object for GetEvalRunOutputItemsParams {
    const NAME: &'static str = "GetEvalRunOutputItemsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut status: Option<GetEvalRunOutputItemsStatus> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    "status" => 2,
                    "order" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            after,
            limit,
            status,
            order,
        })
    }
}
impl<'de> Deserialize<'de> for GetEvalRunOutputItemsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GetEvalRunOutputItemsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            after: None,
            limit: None,
            status: None,
            order: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<GetEvalRunOutputItemsStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
