//! Types of the `assistants` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(feature = "assistants")]
/// Represents an `assistant` that can call the model and use tools.
#[deprecated(note = "Deprecated by the API.")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, model, tools))]
#[non_exhaustive]
pub struct Assistant {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `assistant`.
    #[api(constant)]
    pub object: AssistantLiteral,
    /// The Unix timestamp (in seconds) for when the assistant was created.
    #[api(default)]
    pub created_at: i64,
    /// The name of the assistant. The maximum length is 256 characters.
    #[api(nullable)]
    pub name: Option<String>,
    /// The description of the assistant. The maximum length is 512 characters.
    #[api(nullable)]
    pub description: Option<String>,
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    #[api(default)]
    pub model: String,
    /// The system instructions that the assistant uses. The maximum length is 256,000 characters.
    ///
    /// At most `256000` characters.
    #[api(nullable)]
    pub instructions: Option<String>,
    /// A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    #[api(default)]
    pub tools: Vec<RunObjectTool>,
    /// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    pub tool_resources: Option<AssistantObjectToolResources>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<Metadata>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///
    /// Defaults to `1`; from `0` to `2`.
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.
    ///
    /// We generally recommend altering this or temperature but not both.
    pub top_p: Option<f64>,
    /// Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
    ///
    /// Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.
    ///
    /// **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
/// The specification's name for [`Assistant`].
#[deprecated(note = "Deprecated by the API.")]
#[allow(deprecated)]
pub type AssistantObject = Assistant;
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Code interpreter tool
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantToolsCode {
    /// The type of tool being defined: `code_interpreter`
    #[api(rename = "type", constant)]
    pub type_: CodeInterpreterLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// FileSearch tool
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantToolsFileSearch {
    /// The type of tool being defined: `file_search`
    #[api(rename = "type", constant)]
    pub type_: FileSearchLiteral,
    /// Overrides for the file search tool.
    pub file_search: Option<AssistantToolsFileSearchFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Overrides for the file search tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantToolsFileSearchFileSearch {
    /// The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.
    ///
    /// Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    pub max_num_results: Option<i64>,
    /// The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    pub ranking_options: Option<FileSearchRankingOptions>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.
///
/// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(score_threshold))]
#[non_exhaustive]
pub struct FileSearchRankingOptions {
    /// The ranker to use for the file search. If not specified will use the `auto` ranker.
    pub ranker: Option<FileSearchRanker>,
    /// The score threshold for the file search. All values must be a floating point number between 0 and 1.
    #[api(default)]
    pub score_threshold: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// The ranker to use for the file search. If not specified will use the `auto` ranker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FileSearchRanker {
    /// `auto`
    Auto,
    /// `default_2024_08_21`
    #[api(rename = "default_2024_08_21")]
    Default20240821,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Function tool
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(function))]
#[non_exhaustive]
pub struct AssistantToolsFunction {
    /// The type of tool being defined: `function`
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    #[api(default)]
    pub function: FunctionObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct FunctionObject {
    /// A description of what the function does, used by the model to choose when and how to call the function.
    pub description: Option<String>,
    /// The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    #[api(default)]
    pub name: String,
    /// The parameters the functions accepts, described as a JSON Schema object. See the [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.
    ///
    /// Omitting `parameters` defines a function with an empty parameter list.
    pub parameters: Option<FunctionParameters>,
    /// Whether to enable strict schema adherence when generating the function call. If set to true, the model will follow the exact schema defined in the `parameters` field. Only a subset of JSON Schema is supported when `strict` is `true`. Learn more about Structured Outputs in the [function calling guide](https://platform.openai.com/docs/guides/function-calling).
    ///
    /// Defaults to `false`.
    pub strict: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// The parameters the functions accepts, described as a JSON Schema object. See the [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.
///
/// Omitting `parameters` defines a function with an empty parameter list.
pub type FunctionParameters = serde_json::Map<String, serde_json::Value>;
#[cfg(feature = "assistants")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantObjectToolResources {
    pub code_interpreter: Option<AssistantObjectToolResourcesCodeInterpreter>,
    pub file_search: Option<AssistantObjectToolResourcesFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantObjectToolResourcesCodeInterpreter {
    /// A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the \`code_interpreter\`\` tool. There can be a maximum of 20 files associated with the tool.
    pub file_ids: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantObjectToolResourcesFileSearch {
    /// The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    pub vector_store_ids: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.
///
/// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
///
/// Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.
///
/// **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum AssistantsApiResponseFormatOption {
    ResponseFormatJsonSchema(ResponseFormatJsonSchema),
    ResponseFormatText(ResponseFormatText),
    ResponseFormatJsonObject(ResponseFormatJsonObject),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// JSON Schema response format. Used to generate structured JSON responses.
/// Learn more about [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(json_schema))]
#[api(strict)]
#[non_exhaustive]
pub struct ResponseFormatJsonSchema {
    /// The type of response format being defined. Always `json_schema`.
    #[api(rename = "type", constant)]
    pub type_: JsonSchemaLiteral,
    /// Structured Outputs configuration options, including a JSON Schema.
    pub json_schema: JsonSchemaFormat,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// Structured Outputs configuration options, including a JSON Schema.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct JsonSchemaFormat {
    /// A description of what the response format is for, used by the model to
    /// determine how to respond in the format.
    pub description: Option<String>,
    /// The name of the response format. Must be a-z, A-Z, 0-9, or contain
    /// underscores and dashes, with a maximum length of 64.
    #[api(default)]
    pub name: String,
    /// The schema for the response format, described as a JSON Schema object.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    pub schema: Option<ResponseFormatJsonSchemaSchema>,
    /// Whether to enable strict schema adherence when generating the output.
    /// If set to true, the model will always follow the exact schema defined
    /// in the `schema` field. Only a subset of JSON Schema is supported when
    /// `strict` is `true`. To learn more, read the \[Structured Outputs
    /// guide\](<https://platform.openai.com/docs/guides/structured-outputs>).
    ///
    /// Defaults to `false`.
    pub strict: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// The specification's name for [`JsonSchemaFormat`].
pub type ResponseFormatJsonSchemaJsonSchema = JsonSchemaFormat;
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunObjectTool {
    /// `code_interpreter`
    #[api(tag = "code_interpreter")]
    CodeInterpreter(AssistantToolsCode),
    /// `file_search`
    #[api(tag = "file_search")]
    FileSearch(AssistantToolsFileSearch),
    /// `function`
    #[api(tag = "function")]
    Function(AssistantToolsFunction),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct AutoChunkingStrategyRequestParam {
    /// Always `auto`.
    #[api(rename = "type", constant)]
    pub type_: AutoLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// The constant `static`.
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
pub enum StaticLiteral {
    /// `static`
    #[default]
    Static,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(max_chunk_size_tokens, chunk_overlap_tokens))]
#[non_exhaustive]
pub struct StaticChunkingStrategy {
    /// The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`.
    #[api(default)]
    pub max_chunk_size_tokens: i64,
    /// The number of tokens that overlap between chunks. The default value is `400`.
    ///
    /// Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    #[api(default)]
    pub chunk_overlap_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model))]
pub struct CreateAssistantRequest {
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    #[api(default)]
    pub model: CreateAssistantRequestModel,
    /// The name of the assistant. The maximum length is 256 characters.
    pub name: Option<String>,
    /// The description of the assistant. The maximum length is 512 characters.
    pub description: Option<String>,
    /// The system instructions that the assistant uses. The maximum length is 256,000 characters.
    ///
    /// At most `256000` characters.
    pub instructions: Option<String>,
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    pub tools: Option<Vec<RunObjectTool>>,
    /// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    pub tool_resources: Option<CreateAssistantRequestToolResources>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///
    /// Defaults to `1`; from `0` to `2`.
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.
    ///
    /// We generally recommend altering this or temperature but not both.
    pub top_p: Option<f64>,
    /// Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
    ///
    /// Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.
    ///
    /// **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
/// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateAssistantRequestModel {
    /// `gpt-5`
    #[api(rename = "gpt-5")]
    Gpt5,
    /// `gpt-5-mini`
    #[api(rename = "gpt-5-mini")]
    Gpt5Mini,
    /// `gpt-5-nano`
    #[api(rename = "gpt-5-nano")]
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    #[api(rename = "gpt-5-2025-08-07")]
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    #[api(rename = "gpt-5-mini-2025-08-07")]
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    #[api(rename = "gpt-5-nano-2025-08-07")]
    Gpt5Nano20250807,
    /// `gpt-4.1`
    #[api(rename = "gpt-4.1")]
    Gpt41,
    /// `gpt-4.1-mini`
    #[api(rename = "gpt-4.1-mini")]
    Gpt41Mini,
    /// `gpt-4.1-nano`
    #[api(rename = "gpt-4.1-nano")]
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    #[api(rename = "gpt-4.1-2025-04-14")]
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    #[api(rename = "gpt-4.1-mini-2025-04-14")]
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    #[api(rename = "gpt-4.1-nano-2025-04-14")]
    Gpt41Nano20250414,
    /// `o3-mini`
    #[api(rename = "o3-mini")]
    O3Mini,
    /// `o3-mini-2025-01-31`
    #[api(rename = "o3-mini-2025-01-31")]
    O3Mini20250131,
    /// `o1`
    O1,
    /// `o1-2024-12-17`
    #[api(rename = "o1-2024-12-17")]
    O120241217,
    /// `gpt-4o`
    #[api(rename = "gpt-4o")]
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    #[api(rename = "gpt-4o-2024-11-20")]
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    #[api(rename = "gpt-4o-2024-08-06")]
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    #[api(rename = "gpt-4o-2024-05-13")]
    Gpt4o20240513,
    /// `gpt-4o-mini`
    #[api(rename = "gpt-4o-mini")]
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    #[api(rename = "gpt-4o-mini-2024-07-18")]
    Gpt4oMini20240718,
    /// `gpt-4.5-preview`
    #[api(rename = "gpt-4.5-preview")]
    Gpt45Preview,
    /// `gpt-4.5-preview-2025-02-27`
    #[api(rename = "gpt-4.5-preview-2025-02-27")]
    Gpt45Preview20250227,
    /// `gpt-4-turbo`
    #[api(rename = "gpt-4-turbo")]
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    #[api(rename = "gpt-4-turbo-2024-04-09")]
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    #[api(rename = "gpt-4-0125-preview")]
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    #[api(rename = "gpt-4-turbo-preview")]
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    #[api(rename = "gpt-4-1106-preview")]
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    #[api(rename = "gpt-4-vision-preview")]
    Gpt4VisionPreview,
    /// `gpt-4`
    #[api(rename = "gpt-4")]
    Gpt4,
    /// `gpt-4-0314`
    #[api(rename = "gpt-4-0314")]
    Gpt40314,
    /// `gpt-4-0613`
    #[api(rename = "gpt-4-0613")]
    Gpt40613,
    /// `gpt-4-32k`
    #[api(rename = "gpt-4-32k")]
    Gpt432k,
    /// `gpt-4-32k-0314`
    #[api(rename = "gpt-4-32k-0314")]
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    #[api(rename = "gpt-4-32k-0613")]
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    #[api(rename = "gpt-3.5-turbo")]
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    #[api(rename = "gpt-3.5-turbo-16k")]
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0613`
    #[api(rename = "gpt-3.5-turbo-0613")]
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    #[api(rename = "gpt-3.5-turbo-1106")]
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    #[api(rename = "gpt-3.5-turbo-0125")]
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    #[api(rename = "gpt-3.5-turbo-16k-0613")]
    Gpt35Turbo16k0613,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "assistants")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateAssistantRequestToolResources {
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    pub file_search: Option<CreateAssistantRequestToolResourcesFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(alternative(vector_store_ids))]
#[api(alternative(vector_stores))]
#[non_exhaustive]
pub struct CreateAssistantRequestToolResourcesFileSearch {
    /// The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    pub vector_store_ids: Option<Vec<String>>,
    /// A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    pub vector_stores: Option<
        Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateThreadRequestToolResourcesFileSearchVectorStore {
    /// A list of [file](https://platform.openai.com/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files.
    ///
    /// At most `100000000` items.
    pub file_ids: Option<Vec<String>>,
    /// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    pub chunking_strategy: Option<
        CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy,
    >,
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
#[cfg(any(feature = "assistants", feature = "threads"))]
/// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    /// `auto`
    #[api(tag = "auto")]
    Auto(AutoChunkingStrategyRequestParam),
    /// `static`
    #[api(tag = "static")]
    Static(StaticChunkingStrategyResponseParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteAssistantResponse {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    #[api(constant)]
    pub object: AssistantDeletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
/// The constant `assistant.deleted`.
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
pub enum AssistantDeletedLiteral {
    /// `assistant.deleted`
    #[default]
    #[api(rename = "assistant.deleted")]
    AssistantDeleted,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListAssistantsResponse {
    #[api(default)]
    pub object: String,
    #[allow(deprecated)]
    #[api(default)]
    pub data: Vec<Assistant>,
    #[api(default)]
    pub first_id: String,
    #[api(default)]
    pub last_id: String,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[allow(deprecated)]
impl sdk_runtime_types::pagination::Page for ListAssistantsResponse {
    type Item = Assistant;
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
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// Static Chunking Strategy
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(static_))]
#[non_exhaustive]
pub struct StaticChunkingStrategyResponseParam {
    /// Always `static`.
    #[api(rename = "type", constant)]
    pub type_: StaticLiteral,
    #[api(rename = "static", default)]
    pub static_: StaticChunkingStrategy,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyAssistantRequest {
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    pub model: Option<CreateAssistantRequestModel>,
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// The name of the assistant. The maximum length is 256 characters.
    pub name: Option<String>,
    /// The description of the assistant. The maximum length is 512 characters.
    pub description: Option<String>,
    /// The system instructions that the assistant uses. The maximum length is 256,000 characters.
    ///
    /// At most `256000` characters.
    pub instructions: Option<String>,
    /// A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    pub tools: Option<Vec<RunObjectTool>>,
    /// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    pub tool_resources: Option<ModifyAssistantRequestToolResources>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///
    /// Defaults to `1`; from `0` to `2`.
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.
    ///
    /// We generally recommend altering this or temperature but not both.
    pub top_p: Option<f64>,
    /// Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
    ///
    /// Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.
    ///
    /// **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyAssistantRequestToolResources {
    pub code_interpreter: Option<ModifyAssistantRequestToolResourcesCodeInterpreter>,
    pub file_search: Option<ModifyAssistantRequestToolResourcesFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyAssistantRequestToolResourcesCodeInterpreter {
    /// Overrides the list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    pub file_ids: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyAssistantRequestToolResourcesFileSearch {
    /// Overrides the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    pub vector_store_ids: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ListAssistantsOrder {
    /// `asc`
    Asc,
    /// `desc`
    #[default]
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "assistants")]
/// Query and header parameters of `listAssistants`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListAssistantsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
