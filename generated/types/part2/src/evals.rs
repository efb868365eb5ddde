//! Types of the `evals` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// A CompletionsRunDataSource object describing a model sampling configuration.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(source))]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSource {
    /// The type of run data source. Always `completions`.
    #[api(rename = "type", constant)]
    pub type_: CompletionsLiteral,
    /// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
    pub input_messages: Option<CreateEvalCompletionsRunDataSourceInputMessages>,
    pub sampling_params: Option<Box<CreateEvalCompletionsRunDataSourceSamplingParams>>,
    /// The name of the model to use for generating completions (e.g. "o3-mini").
    pub model: Option<String>,
    /// Determines what populates the `item` namespace in this run's data source.
    pub source: CreateEvalCompletionsRunDataSourceSource,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `completions`.
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
pub enum CompletionsLiteral {
    /// `completions`
    #[default]
    Completions,
}
/// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalCompletionsRunDataSourceInputMessages {
    /// `template`
    #[api(tag = "template")]
    Template(CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages),
    /// `item_reference`
    #[api(tag = "item_reference")]
    ItemReference(
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// TemplateInputMessages
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(template))]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages {
    /// The type of input messages. Always `template`.
    #[api(rename = "type", constant)]
    pub type_: TemplateLiteral,
    /// A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
    #[api(default)]
    pub template: Vec<
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `template`.
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
pub enum TemplateLiteral {
    /// `template`
    #[default]
    Template,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesTemplateItem {
    EasyInputMessage(EasyInputMessage),
    EvalItem(EvalItem),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// ItemReferenceInputMessages
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_reference))]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages {
    /// The type of input messages. Always `item_reference`.
    #[api(rename = "type", constant)]
    pub type_: ItemReferenceLiteral,
    /// A reference to a variable in the `item` namespace. Ie, "item.input_trajectory"
    #[api(default)]
    pub item_reference: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CreateEvalCompletionsRunDataSourceSamplingParams {
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// A higher temperature increases randomness in the outputs.
    ///
    /// Defaults to `1`.
    pub temperature: Option<f64>,
    /// The maximum number of tokens in the generated output.
    pub max_completion_tokens: Option<i64>,
    /// An alternative to temperature for nucleus sampling; 1.0 includes all tokens.
    pub top_p: Option<f64>,
    /// A seed value to initialize the randomness, during sampling.
    ///
    /// Defaults to `42`.
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
    pub response_format: Option<Box<ResponseFormat>>,
    /// A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
    pub tools: Option<Vec<ChatCompletionTool>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Determines what populates the `item` namespace in this run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalCompletionsRunDataSourceSource {
    /// `file_content`
    #[api(tag = "file_content")]
    FileContent(EvalJsonlFileContentSource),
    /// `file_id`
    #[api(tag = "file_id")]
    FileId(EvalJsonlFileIdSource),
    /// `stored_completions`
    #[api(tag = "stored_completions")]
    StoredCompletions(EvalStoredCompletionsSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// EvalJsonlFileContentSource
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(content))]
#[non_exhaustive]
pub struct EvalJsonlFileContentSource {
    /// The type of jsonl source. Always `file_content`.
    #[api(rename = "type", constant)]
    pub type_: FileContentLiteral,
    /// The content of the jsonl file.
    #[api(default)]
    pub content: Vec<EvalJsonlFileContentSourceContentItem>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `file_content`.
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
pub enum FileContentLiteral {
    /// `file_content`
    #[default]
    FileContent,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item))]
#[non_exhaustive]
pub struct EvalJsonlFileContentSourceContentItem {
    #[api(default)]
    pub item: serde_json::Map<String, serde_json::Value>,
    pub sample: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// EvalJsonlFileIdSource
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct EvalJsonlFileIdSource {
    /// The type of jsonl source. Always `file_id`.
    #[api(rename = "type", constant)]
    pub type_: FileIdLiteral,
    /// The identifier of the file.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `file_id`.
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
pub enum FileIdLiteral {
    /// `file_id`
    #[default]
    FileId,
}
/// A StoredCompletionsRunDataSource configuration describing a set of filters
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct EvalStoredCompletionsSource {
    /// The type of source. Always `stored_completions`.
    #[api(rename = "type", constant)]
    pub type_: StoredCompletionsLiteral,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// An optional model to filter by (e.g., 'gpt-4o').
    pub model: Option<String>,
    /// An optional Unix timestamp to filter items created after this time.
    pub created_after: Option<i64>,
    /// An optional Unix timestamp to filter items created before this time.
    pub created_before: Option<i64>,
    /// An optional maximum number of items to return.
    pub limit: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `stored_completions`.
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
pub enum StoredCompletionsLiteral {
    /// `stored_completions`
    #[default]
    StoredCompletions,
}
/// A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
/// This schema is used to define the shape of the data that will be:
/// - Used to define your testing criteria and
/// - What data is required when creating a run
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_schema))]
pub struct CreateEvalCustomDataSourceConfig {
    /// The type of data source. Always `custom`.
    #[api(rename = "type", constant)]
    pub type_: CustomLiteral,
    /// The json schema for each row in the data source.
    #[api(default)]
    pub item_schema: serde_json::Map<String, serde_json::Value>,
    /// Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)
    ///
    /// Defaults to `false`.
    pub include_sample_schema: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateEvalItem {
    EvalItem(EvalItem),
    SimpleInputMessage(CreateEvalItemSimpleInputMessage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// SimpleInputMessage
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role, content))]
#[api(strict)]
pub struct CreateEvalItemSimpleInputMessage {
    /// The role of the message (e.g. "system", "assistant", "user").
    pub role: String,
    /// The content of the message.
    pub content: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A JsonlRunDataSource object with that specifies a JSONL file that matches the eval
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(source))]
#[non_exhaustive]
pub struct CreateEvalJsonlRunDataSource {
    /// The type of data source. Always `jsonl`.
    #[api(rename = "type", constant)]
    pub type_: JsonlLiteral,
    /// Determines what populates the `item` namespace in the data source.
    pub source: CreateEvalJsonlRunDataSourceSource,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `jsonl`.
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
pub enum JsonlLiteral {
    /// `jsonl`
    #[default]
    Jsonl,
}
/// Determines what populates the `item` namespace in the data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalJsonlRunDataSourceSource {
    /// `file_content`
    #[api(tag = "file_content")]
    FileContent(EvalJsonlFileContentSource),
    /// `file_id`
    #[api(tag = "file_id")]
    FileId(EvalJsonlFileIdSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// A LabelModelGrader object which uses a model to assign labels to each item
/// in the evaluation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, model, input, labels, passing_labels))]
pub struct CreateEvalLabelModelGrader {
    /// The object type, which is always `label_model`.
    #[api(rename = "type", constant)]
    pub type_: LabelModelLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The model to use for the evaluation. Must support structured outputs.
    #[api(default)]
    pub model: String,
    /// A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
    #[api(default)]
    pub input: Vec<CreateEvalItem>,
    /// The labels to classify to each item in the evaluation.
    #[api(default)]
    pub labels: Vec<String>,
    /// The labels that indicate a passing result. Must be a subset of labels.
    #[api(default)]
    pub passing_labels: Vec<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A data source config which specifies the metadata property of your logs query.
/// This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateEvalLogsDataSourceConfig {
    /// The type of data source. Always `logs`.
    #[api(rename = "type", constant)]
    pub type_: LogsLiteral,
    /// Metadata filters for the logs data source.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// CreateEvalRequest
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data_source_config, testing_criteria))]
pub struct CreateEvalRequest {
    /// The name of the evaluation.
    pub name: Option<String>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
    pub data_source_config: CreateEvalRequestDataSourceConfig,
    /// A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`).
    #[api(default)]
    pub testing_criteria: Vec<CreateEvalRequestTestingCriteriaItem>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalRequestDataSourceConfig {
    /// `custom`
    #[api(tag = "custom")]
    Custom(CreateEvalCustomDataSourceConfig),
    /// `logs`
    #[api(tag = "logs")]
    Logs(CreateEvalLogsDataSourceConfig),
    /// `stored_completions`
    #[api(tag = "stored_completions")]
    #[allow(deprecated)]
    StoredCompletions(CreateEvalStoredCompletionsDataSourceConfig),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Deprecated in favor of LogsDataSourceConfig.
#[deprecated(note = "Deprecated in favor of LogsDataSourceConfig.")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateEvalStoredCompletionsDataSourceConfig {
    /// The type of data source. Always `stored_completions`.
    #[api(rename = "type", constant)]
    pub type_: StoredCompletionsLiteral,
    /// Metadata filters for the stored completions data source.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalRequestTestingCriteriaItem {
    /// `label_model`
    #[api(tag = "label_model")]
    LabelModel(CreateEvalLabelModelGrader),
    /// `string_check`
    #[api(tag = "string_check")]
    StringCheck(EvalGraderStringCheck),
    /// `text_similarity`
    #[api(tag = "text_similarity")]
    TextSimilarity(EvalGraderTextSimilarity),
    /// `python`
    #[api(tag = "python")]
    Python(EvalGraderPython),
    /// `score_model`
    #[api(tag = "score_model")]
    ScoreModel(EvalGraderScoreModel),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// StringCheckGrader
pub type EvalGraderStringCheck = GraderStringCheck;
/// TextSimilarityGrader
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, input, reference, evaluation_metric, pass_threshold))]
#[non_exhaustive]
pub struct EvalGraderTextSimilarity {
    /// The type of grader.
    ///
    /// Defaults to `text_similarity`.
    #[api(rename = "type", constant)]
    pub type_: TextSimilarityLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The text being graded.
    #[api(default)]
    pub input: String,
    /// The text being graded against.
    #[api(default)]
    pub reference: String,
    /// The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    /// `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    /// or `rouge_l`.
    #[api(default)]
    pub evaluation_metric: EvalGraderTextSimilarityEvaluationMetric,
    /// The threshold for the score.
    #[api(default)]
    pub pass_threshold: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// PythonGrader
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, source))]
#[non_exhaustive]
pub struct EvalGraderPython {
    /// The object type, which is always `python`.
    #[api(rename = "type", constant)]
    pub type_: PythonLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The source code of the python script.
    #[api(default)]
    pub source: String,
    /// The image tag to use for the python script.
    pub image_tag: Option<String>,
    /// The threshold for the score.
    pub pass_threshold: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// ScoreModelGrader
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, model, input))]
#[non_exhaustive]
pub struct EvalGraderScoreModel {
    /// The object type, which is always `score_model`.
    #[api(rename = "type", constant)]
    pub type_: ScoreModelLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The model to use for the evaluation.
    #[api(default)]
    pub model: String,
    /// The sampling parameters for the model.
    pub sampling_params: Option<EvalGraderScoreModelSamplingParams>,
    /// The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings.
    #[api(default)]
    pub input: Vec<EvalItem>,
    /// The range of the score. Defaults to `[0, 1]`.
    pub range: Option<Vec<f64>>,
    /// The threshold for the score.
    pub pass_threshold: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A ResponsesRunDataSource object describing a model sampling configuration.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(source))]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSource {
    /// The type of run data source. Always `responses`.
    #[api(rename = "type", constant)]
    pub type_: ResponsesLiteral,
    /// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
    pub input_messages: Option<CreateEvalResponsesRunDataSourceInputMessages>,
    pub sampling_params: Option<Box<CreateEvalResponsesRunDataSourceSamplingParams>>,
    /// The name of the model to use for generating completions (e.g. "o3-mini").
    pub model: Option<String>,
    /// Determines what populates the `item` namespace in this run's data source.
    pub source: CreateEvalResponsesRunDataSourceSource,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `responses`.
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
pub enum ResponsesLiteral {
    /// `responses`
    #[default]
    Responses,
}
/// Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalResponsesRunDataSourceInputMessages {
    /// `template`
    #[api(tag = "template")]
    Template(CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate),
    /// `item_reference`
    #[api(tag = "item_reference")]
    ItemReference(
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// InputMessagesTemplate
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(template))]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate {
    /// The type of input messages. Always `template`.
    #[api(rename = "type", constant)]
    pub type_: TemplateLiteral,
    /// A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}.
    #[api(default)]
    pub template: Vec<
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItem {
    EvalItem(EvalItem),
    ChatMessage(
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// ChatMessage
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role, content))]
#[api(strict)]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage {
    /// The role of the message (e.g. "system", "assistant", "user").
    pub role: String,
    /// The content of the message.
    pub content: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// InputMessagesItemReference
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_reference))]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference {
    /// The type of input messages. Always `item_reference`.
    #[api(rename = "type", constant)]
    pub type_: ItemReferenceLiteral,
    /// A reference to a variable in the `item` namespace. Ie, "item.name"
    #[api(default)]
    pub item_reference: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceSamplingParams {
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// A higher temperature increases randomness in the outputs.
    ///
    /// Defaults to `1`.
    pub temperature: Option<f64>,
    /// The maximum number of tokens in the generated output.
    pub max_completion_tokens: Option<i64>,
    /// An alternative to temperature for nucleus sampling; 1.0 includes all tokens.
    pub top_p: Option<f64>,
    /// A seed value to initialize the randomness, during sampling.
    ///
    /// Defaults to `42`.
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
    pub tools: Option<Vec<Tool>>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    pub text: Option<Box<CreateEvalResponsesRunDataSourceSamplingParamsText>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Configuration options for a text response from the model. Can be plain
/// text or structured JSON data. Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CreateEvalResponsesRunDataSourceSamplingParamsText {
    /// An object specifying the format that the model must output.
    ///
    /// Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    /// which ensures the model will match your supplied JSON schema. Learn more in the
    /// [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
    ///
    /// The default format is `{ "type": "text" }` with no additional options.
    ///
    /// **Not recommended for gpt-4o and newer models:**
    ///
    /// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    /// ensures the message the model generates is valid JSON. Using `json_schema`
    /// is preferred for models that support it.
    pub format: Option<Box<TextResponseFormatConfiguration>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Determines what populates the `item` namespace in this run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalResponsesRunDataSourceSource {
    /// `file_content`
    #[api(tag = "file_content")]
    FileContent(EvalJsonlFileContentSource),
    /// `file_id`
    #[api(tag = "file_id")]
    FileId(EvalJsonlFileIdSource),
    /// `responses`
    #[api(tag = "responses")]
    Responses(Box<EvalResponsesSource>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// A EvalResponsesSource object describing a run data source configuration.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct EvalResponsesSource {
    /// The type of run data source. Always `responses`.
    #[api(rename = "type", constant)]
    pub type_: ResponsesLiteral,
    /// Metadata filter for the responses. This is a query parameter used to select responses.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The name of the model to find responses for. This is a query parameter used to select responses.
    pub model: Option<String>,
    /// Optional string to search the 'instructions' field. This is a query parameter used to select responses.
    pub instructions_search: Option<String>,
    /// Only include items created after this timestamp (inclusive). This is a query parameter used to select responses.
    ///
    /// At least `0`.
    pub created_after: Option<i64>,
    /// Only include items created before this timestamp (inclusive). This is a query parameter used to select responses.
    ///
    /// At least `0`.
    pub created_before: Option<i64>,
    /// Optional reasoning effort parameter. This is a query parameter used to select responses.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Sampling temperature. This is a query parameter used to select responses.
    pub temperature: Option<f64>,
    /// Nucleus sampling parameter. This is a query parameter used to select responses.
    pub top_p: Option<f64>,
    /// List of user identifiers. This is a query parameter used to select responses.
    pub users: Option<Vec<String>>,
    /// List of tool names. This is a query parameter used to select responses.
    pub tools: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// CreateEvalRunRequest
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data_source))]
pub struct CreateEvalRunRequest {
    /// The name of the run.
    pub name: Option<String>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// Details about the run's data source.
    pub data_source: CreateEvalRunRequestDataSource,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Details about the run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateEvalRunRequestDataSource {
    /// `jsonl`
    #[api(tag = "jsonl")]
    Jsonl(CreateEvalJsonlRunDataSource),
    /// `completions`
    #[api(tag = "completions")]
    Completions(CreateEvalCompletionsRunDataSource),
    /// `responses`
    #[api(tag = "responses")]
    Responses(CreateEvalResponsesRunDataSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// An Eval object with a data source config and testing criteria.
/// An Eval represents a task to be done for your LLM integration.
/// Like:
/// - Improve the quality of my chatbot
/// - See how well my chatbot handles customer support
/// - Check if o4-mini is better at my usecase than gpt-4o
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, name, data_source_config, testing_criteria, created_at))]
#[non_exhaustive]
pub struct Eval {
    /// The object type.
    ///
    /// Defaults to `eval`.
    #[api(constant)]
    pub object: EvalLiteral,
    /// Unique identifier for the evaluation.
    #[api(default)]
    pub id: String,
    /// The name of the evaluation.
    #[api(default)]
    pub name: String,
    /// Configuration of data sources used in runs of the evaluation.
    pub data_source_config: EvalDataSourceConfig,
    /// A list of testing criteria.
    #[api(default)]
    pub testing_criteria: Vec<EvalTestingCriteriaItem>,
    /// The Unix timestamp (in seconds) for when the eval was created.
    #[api(default)]
    pub created_at: i64,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<Metadata>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `eval`.
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
pub enum EvalLiteral {
    /// `eval`
    #[default]
    Eval,
}
/// Configuration of data sources used in runs of the evaluation.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum EvalDataSourceConfig {
    /// `custom`
    #[api(tag = "custom")]
    Custom(EvalCustomDataSourceConfig),
    /// `logs`
    #[api(tag = "logs")]
    Logs(EvalLogsDataSourceConfig),
    /// `stored_completions`
    #[api(tag = "stored_completions")]
    #[allow(deprecated)]
    StoredCompletions(EvalStoredCompletionsDataSourceConfig),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// A CustomDataSourceConfig which specifies the schema of your `item` and optionally `sample` namespaces.
/// The response schema defines the shape of the data that will be:
/// - Used to define your testing criteria and
/// - What data is required when creating a run
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(schema))]
#[non_exhaustive]
pub struct EvalCustomDataSourceConfig {
    /// The type of data source. Always `custom`.
    #[api(rename = "type", constant)]
    pub type_: CustomLiteral,
    /// The json schema for the run data source items.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    #[api(default)]
    pub schema: serde_json::Map<String, serde_json::Value>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A LogsDataSourceConfig which specifies the metadata property of your logs query.
/// This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
/// The schema returned by this data source config is used to defined what variables are available in your evals.
/// `item` and `sample` are both defined when using this data source config.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(schema))]
#[non_exhaustive]
pub struct EvalLogsDataSourceConfig {
    /// The type of data source. Always `logs`.
    #[api(rename = "type", constant)]
    pub type_: LogsLiteral,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// The json schema for the run data source items.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    #[api(default)]
    pub schema: serde_json::Map<String, serde_json::Value>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Deprecated in favor of LogsDataSourceConfig.
#[deprecated(note = "Deprecated in favor of LogsDataSourceConfig.")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(schema))]
#[non_exhaustive]
pub struct EvalStoredCompletionsDataSourceConfig {
    /// The type of data source. Always `stored_completions`.
    #[api(rename = "type", constant)]
    pub type_: StoredCompletionsLiteral,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// The json schema for the run data source items.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    #[api(default)]
    pub schema: serde_json::Map<String, serde_json::Value>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum EvalTestingCriteriaItem {
    /// `label_model`
    #[api(tag = "label_model")]
    LabelModel(EvalGraderLabelModel),
    /// `string_check`
    #[api(tag = "string_check")]
    StringCheck(EvalGraderStringCheck),
    /// `text_similarity`
    #[api(tag = "text_similarity")]
    TextSimilarity(EvalGraderTextSimilarity),
    /// `python`
    #[api(tag = "python")]
    Python(EvalGraderPython),
    /// `score_model`
    #[api(tag = "score_model")]
    ScoreModel(EvalGraderScoreModel),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// LabelModelGrader
pub type EvalGraderLabelModel = GraderLabelModel;
/// An object representing an error response from the Eval API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct EvalApiError {
    /// The error code.
    #[api(default)]
    pub code: String,
    /// The error message.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An object representing a list of evals.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct EvalList {
    /// The type of this object. It is always set to "list".
    #[api(constant)]
    pub object: ListLiteral,
    /// An array of eval objects.
    #[api(default)]
    pub data: Vec<Eval>,
    /// The identifier of the first eval in the data array.
    #[api(default)]
    pub first_id: String,
    /// The identifier of the last eval in the data array.
    #[api(default)]
    pub last_id: String,
    /// Indicates whether there are more evals available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct EvalRun {
    /// The type of the object. Always "eval.run".
    #[api(constant)]
    pub object: EvalRunLiteral,
    /// Unique identifier for the evaluation run.
    #[api(default)]
    pub id: String,
    /// The identifier of the associated evaluation.
    #[api(default)]
    pub eval_id: String,
    /// The status of the evaluation run.
    #[api(default)]
    pub status: String,
    /// The model that is evaluated, if applicable.
    #[api(default)]
    pub model: String,
    /// The name of the evaluation run.
    #[api(default)]
    pub name: String,
    /// Unix timestamp (in seconds) when the evaluation run was created.
    #[api(default)]
    pub created_at: i64,
    /// The URL to the rendered evaluation run report on the UI dashboard.
    #[api(default)]
    pub report_url: String,
    /// Counters summarizing the outcomes of the evaluation run.
    #[api(default)]
    pub result_counts: EvalRunResultCounts,
    /// Usage statistics for each model during the evaluation run.
    #[api(default)]
    pub per_model_usage: Vec<EvalRunPerModelUsageItem>,
    /// Results per testing criteria applied during the evaluation run.
    #[api(default)]
    pub per_testing_criteria_results: Vec<EvalRunPerTestingCriteriaResult>,
    /// Information about the run's data source.
    pub data_source: EvalRunDataSource,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<Metadata>,
    /// An object representing an error response from the Eval API.
    #[api(default)]
    pub error: EvalApiError,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `eval.run`.
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
pub enum EvalRunLiteral {
    /// `eval.run`
    #[default]
    #[api(rename = "eval.run")]
    EvalRun,
}
/// Counters summarizing the outcomes of the evaluation run.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(total, errored, failed, passed))]
#[non_exhaustive]
pub struct EvalRunResultCounts {
    /// Total number of executed output items.
    #[api(default)]
    pub total: i64,
    /// Number of output items that resulted in an error.
    #[api(default)]
    pub errored: i64,
    /// Number of output items that failed to pass the evaluation.
    #[api(default)]
    pub failed: i64,
    /// Number of output items that passed the evaluation.
    #[api(default)]
    pub passed: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(
        model_name,
        invocation_count,
        prompt_tokens,
        completion_tokens,
        total_tokens,
        cached_tokens
    )
)]
#[non_exhaustive]
pub struct EvalRunPerModelUsageItem {
    /// The name of the model.
    #[api(default)]
    pub model_name: String,
    /// The number of invocations.
    #[api(default)]
    pub invocation_count: i64,
    /// The number of prompt tokens used.
    #[api(default)]
    pub prompt_tokens: i64,
    /// The number of completion tokens generated.
    #[api(default)]
    pub completion_tokens: i64,
    /// The total number of tokens used.
    #[api(default)]
    pub total_tokens: i64,
    /// The number of tokens retrieved from cache.
    #[api(default)]
    pub cached_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(testing_criteria, passed, failed))]
#[non_exhaustive]
pub struct EvalRunPerTestingCriteriaResult {
    /// A description of the testing criteria.
    #[api(default)]
    pub testing_criteria: String,
    /// Number of tests passed for this criteria.
    #[api(default)]
    pub passed: i64,
    /// Number of tests failed for this criteria.
    #[api(default)]
    pub failed: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Information about the run's data source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum EvalRunDataSource {
    /// `jsonl`
    #[api(tag = "jsonl")]
    Jsonl(CreateEvalJsonlRunDataSource),
    /// `completions`
    #[api(tag = "completions")]
    Completions(CreateEvalCompletionsRunDataSource),
    /// `responses`
    #[api(tag = "responses")]
    Responses(CreateEvalResponsesRunDataSource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// An object representing a list of runs for an evaluation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct EvalRunList {
    /// The type of this object. It is always set to "list".
    #[api(constant)]
    pub object: ListLiteral,
    /// An array of eval run objects.
    #[api(default)]
    pub data: Vec<EvalRun>,
    /// The identifier of the first eval run in the data array.
    #[api(default)]
    pub first_id: String,
    /// The identifier of the last eval run in the data array.
    #[api(default)]
    pub last_id: String,
    /// Indicates whether there are more evals available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct EvalRunOutputItem {
    /// The type of the object. Always "eval.run.output_item".
    #[api(constant)]
    pub object: EvalRunOutputItemLiteral,
    /// Unique identifier for the evaluation run output item.
    #[api(default)]
    pub id: String,
    /// The identifier of the evaluation run associated with this output item.
    #[api(default)]
    pub run_id: String,
    /// The identifier of the evaluation group.
    #[api(default)]
    pub eval_id: String,
    /// Unix timestamp (in seconds) when the evaluation run was created.
    #[api(default)]
    pub created_at: i64,
    /// The status of the evaluation run.
    #[api(default)]
    pub status: String,
    /// The identifier for the data source item.
    #[api(default)]
    pub datasource_item_id: i64,
    /// Details of the input data source item.
    #[api(default)]
    pub datasource_item: serde_json::Map<String, serde_json::Value>,
    /// A list of grader results for this output item.
    #[api(default)]
    pub results: Vec<EvalRunOutputItemResult>,
    /// A sample containing the input and output of the evaluation run.
    #[api(default)]
    pub sample: EvalRunOutputItemSample,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `eval.run.output_item`.
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
pub enum EvalRunOutputItemLiteral {
    /// `eval.run.output_item`
    #[default]
    #[api(rename = "eval.run.output_item")]
    EvalRunOutputItem,
}
/// A single grader result for an evaluation run output item.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, score, passed))]
#[non_exhaustive]
pub struct EvalRunOutputItemResult {
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The grader type (for example, "string-check-grader").
    #[api(rename = "type")]
    pub type_: Option<String>,
    /// The numeric score produced by the grader.
    #[api(default)]
    pub score: f64,
    /// Whether the grader considered the output a pass.
    #[api(default)]
    pub passed: bool,
    /// Optional sample or intermediate data produced by the grader.
    pub sample: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A sample containing the input and output of the evaluation run.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct EvalRunOutputItemSample {
    /// An array of input messages.
    #[api(default)]
    pub input: Vec<EvalRunOutputItemSampleInputItem>,
    /// An array of output messages.
    #[api(default)]
    pub output: Vec<EvalRunOutputItemSampleOutputItem>,
    /// The reason why the sample generation was finished.
    #[api(default)]
    pub finish_reason: String,
    /// The model used for generating the sample.
    #[api(default)]
    pub model: String,
    /// Token usage details for the sample.
    #[api(default)]
    pub usage: EvalRunOutputItemSampleUsage,
    /// An object representing an error response from the Eval API.
    #[api(default)]
    pub error: EvalApiError,
    /// The sampling temperature used.
    #[api(default)]
    pub temperature: f64,
    /// The maximum number of tokens allowed for completion.
    #[api(default)]
    pub max_completion_tokens: i64,
    /// The top_p value used for sampling.
    #[api(default)]
    pub top_p: f64,
    /// The seed used for generating the sample.
    #[api(default)]
    pub seed: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An input message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role, content))]
#[non_exhaustive]
pub struct EvalRunOutputItemSampleInputItem {
    /// The role of the message sender (e.g., system, user, developer).
    #[api(default)]
    pub role: String,
    /// The content of the message.
    #[api(default)]
    pub content: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct EvalRunOutputItemSampleOutputItem {
    /// The role of the message (e.g. "system", "assistant", "user").
    pub role: Option<String>,
    /// The content of the message.
    pub content: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Token usage details for the sample.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(total_tokens, completion_tokens, prompt_tokens, cached_tokens))]
#[non_exhaustive]
pub struct EvalRunOutputItemSampleUsage {
    /// The total number of tokens used.
    #[api(default)]
    pub total_tokens: i64,
    /// The number of completion tokens generated.
    #[api(default)]
    pub completion_tokens: i64,
    /// The number of prompt tokens used.
    #[api(default)]
    pub prompt_tokens: i64,
    /// The number of tokens retrieved from cache.
    #[api(default)]
    pub cached_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An object representing a list of output items for an evaluation run.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct EvalRunOutputItemList {
    /// The type of this object. It is always set to "list".
    #[api(constant)]
    pub object: ListLiteral,
    /// An array of eval run output item objects.
    #[api(default)]
    pub data: Vec<EvalRunOutputItem>,
    /// The identifier of the first eval run output item in the data array.
    #[api(default)]
    pub first_id: String,
    /// The identifier of the last eval run output item in the data array.
    #[api(default)]
    pub last_id: String,
    /// Indicates whether there are more eval run output items available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ListEvalsOrderBy {
    /// `created_at`
    #[default]
    CreatedAt,
    /// `updated_at`
    UpdatedAt,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Query and header parameters of `listEvals`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListEvalsParams {
    /// Identifier for the last eval from the previous pagination request.
    pub after: Option<String>,
    /// Number of evals to retrieve.
    pub limit: Option<i64>,
    /// Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
    pub order: Option<ListChatCompletionsOrder>,
    /// Evals can be ordered by creation time or last updated time. Use
    /// `created_at` for creation time or `updated_at` for last updated time.
    pub order_by: Option<ListEvalsOrderBy>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct UpdateEvalRequest {
    /// Rename the evaluation.
    pub name: Option<String>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, deleted, eval_id))]
#[non_exhaustive]
pub struct DeleteEvalResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub deleted: bool,
    #[api(default)]
    pub eval_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// Query and header parameters of `getEvalRuns`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct GetEvalRunsParams {
    /// Identifier for the last run from the previous pagination request.
    pub after: Option<String>,
    /// Number of runs to retrieve.
    pub limit: Option<i64>,
    /// Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    pub order: Option<ListChatCompletionsOrder>,
    /// Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.
    pub status: Option<GetEvalRunsStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct DeleteEvalRunResponse {
    pub object: Option<String>,
    pub deleted: Option<bool>,
    pub run_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum GetEvalRunOutputItemsStatus {
    /// `fail`
    Fail,
    /// `pass`
    Pass,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Query and header parameters of `getEvalRunOutputItems`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct GetEvalRunOutputItemsParams {
    /// Identifier for the last output item from the previous pagination request.
    pub after: Option<String>,
    /// Number of output items to retrieve.
    pub limit: Option<i64>,
    /// Filter output items by status. Use `failed` to filter by failed output
    /// items or `pass` to filter by passed output items.
    pub status: Option<GetEvalRunOutputItemsStatus>,
    /// Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    pub order: Option<ListChatCompletionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
