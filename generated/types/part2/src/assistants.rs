//! Types of the `assistants` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "assistants")]
/// Represents an `assistant` that can call the model and use tools.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Assistant {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `assistant`.
    pub object: AssistantLiteral,
    /// The Unix timestamp (in seconds) for when the assistant was created.
    pub created_at: i64,
    pub name: Option<String>,
    pub description: Option<String>,
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    pub model: String,
    pub instructions: Option<String>,
    /// A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    pub tools: Vec<RunObjectTool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<AssistantObjectToolResources>,
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for Assistant {
    const NAME: &'static str = "Assistant";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<AssistantLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut model: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut tools: Option<Vec<RunObjectTool>> = None;
        let mut tool_resources: Option<AssistantObjectToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut response_format: Option<Box<AssistantsApiResponseFormatOption>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "name" => 3,
                    "description" => 4,
                    "model" => 5,
                    "instructions" => 6,
                    "tools" => 7,
                    "tool_resources" => 8,
                    "metadata" => 9,
                    "temperature" => 10,
                    "top_p" => 11,
                    "response_format" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                5 => sdk_runtime_types::de::value(&mut map, &mut model),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                7 => sdk_runtime_types::de::value(&mut map, &mut tools),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            name,
            description,
            model: model.unwrap_or_default(),
            instructions,
            tools: tools.unwrap_or_default(),
            tool_resources,
            metadata,
            temperature,
            top_p,
            response_format,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for Assistant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl Assistant {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        model: impl Into<String>,
        tools: impl Into<Vec<RunObjectTool>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            name: None,
            description: None,
            model: model.into(),
            instructions: None,
            tools: tools.into(),
            tool_resources: None,
            metadata: None,
            temperature: None,
            top_p: None,
            response_format: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<AssistantObjectToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "assistants")]
/// The specification's name for [`Assistant`].
pub type AssistantObject = Assistant;
/// Code interpreter tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantToolsCode {
    /// The type of tool being defined: `code_interpreter`
    #[serde(rename = "type")]
    pub type_: CodeInterpreterLiteral,
}
impl sdk_runtime_types::de::Object for AssistantToolsCode {
    const NAME: &'static str = "AssistantToolsCode";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CodeInterpreterLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for AssistantToolsCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AssistantToolsCode {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
/// FileSearch tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantToolsFileSearch {
    /// The type of tool being defined: `file_search`
    #[serde(rename = "type")]
    pub type_: FileSearchLiteral,
    /// Overrides for the file search tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<AssistantToolsFileSearchFileSearch>,
}
impl sdk_runtime_types::de::Object for AssistantToolsFileSearch {
    const NAME: &'static str = "AssistantToolsFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileSearchLiteral> = None;
        let mut file_search: Option<AssistantToolsFileSearchFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_search,
        })
    }
}
impl<'de> Deserialize<'de> for AssistantToolsFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AssistantToolsFileSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            file_search: None,
        }
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<AssistantToolsFileSearchFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
/// Overrides for the file search tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantToolsFileSearchFileSearch {
    /// The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.
    ///
    /// Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_num_results: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<FileSearchRankingOptions>,
}
impl sdk_runtime_types::de::Object for AssistantToolsFileSearchFileSearch {
    const NAME: &'static str = "AssistantToolsFileSearchFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut max_num_results: Option<i64> = None;
        let mut ranking_options: Option<FileSearchRankingOptions> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "max_num_results" => 0,
                    "ranking_options" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut max_num_results),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut ranking_options),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            max_num_results,
            ranking_options,
        })
    }
}
impl<'de> Deserialize<'de> for AssistantToolsFileSearchFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AssistantToolsFileSearchFileSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            max_num_results: None,
            ranking_options: None,
        }
    }
    /// Sets `max_num_results`.
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }
    /// Sets `ranking_options`.
    pub fn ranking_options(
        mut self,
        value: impl Into<FileSearchRankingOptions>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
}
/// The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.
///
/// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FileSearchRankingOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranker: Option<FileSearchRanker>,
    /// The score threshold for the file search. All values must be a floating point number between 0 and 1.
    pub score_threshold: f64,
}
impl sdk_runtime_types::de::Object for FileSearchRankingOptions {
    const NAME: &'static str = "FileSearchRankingOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut ranker: Option<FileSearchRanker> = None;
        let mut score_threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "ranker" => 0,
                    "score_threshold" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut ranker),
                1 => sdk_runtime_types::de::value(&mut map, &mut score_threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            ranker,
            score_threshold: score_threshold.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for FileSearchRankingOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FileSearchRankingOptions {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(score_threshold: impl Into<f64>) -> Self {
        Self {
            ranker: None,
            score_threshold: score_threshold.into(),
        }
    }
    /// Sets `ranker`.
    pub fn ranker(mut self, value: impl Into<FileSearchRanker>) -> Self {
        self.ranker = Some(value.into());
        self
    }
}
/// The ranker to use for the file search. If not specified will use the `auto` ranker.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileSearchRanker {
    /// `auto`
    Auto,
    /// `default_2024_08_21`
    Default20240821,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FileSearchRanker {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default20240821 => "default_2024_08_21",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default_2024_08_21" => Self::Default20240821,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FileSearchRanker {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FileSearchRanker {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FileSearchRanker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FileSearchRanker {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FileSearchRanker {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for FileSearchRanker {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Function tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantToolsFunction {
    /// The type of tool being defined: `function`
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    pub function: FunctionObject,
}
impl sdk_runtime_types::de::Object for AssistantToolsFunction {
    const NAME: &'static str = "AssistantToolsFunction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<FunctionObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "function" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function: function.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for AssistantToolsFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AssistantToolsFunction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(function: impl Into<FunctionObject>) -> Self {
        Self {
            type_: Default::default(),
            function: function.into(),
        }
    }
}
#[cfg(feature = "assistants")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantObjectToolResources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<AssistantObjectToolResourcesCodeInterpreter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<AssistantObjectToolResourcesFileSearch>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for AssistantObjectToolResources {
    const NAME: &'static str = "AssistantObjectToolResources";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code_interpreter: Option<AssistantObjectToolResourcesCodeInterpreter> = None;
        let mut file_search: Option<AssistantObjectToolResourcesFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code_interpreter" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code_interpreter,
            file_search,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for AssistantObjectToolResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl AssistantObjectToolResources {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code_interpreter: None,
            file_search: None,
        }
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<AssistantObjectToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<AssistantObjectToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantObjectToolResourcesCodeInterpreter {
    /// A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the \`code_interpreter\`\` tool. There can be a maximum of 20 files associated with the tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for AssistantObjectToolResourcesCodeInterpreter {
    const NAME: &'static str = "AssistantObjectToolResourcesCodeInterpreter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_ids })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for AssistantObjectToolResourcesCodeInterpreter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl AssistantObjectToolResourcesCodeInterpreter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_ids: None }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantObjectToolResourcesFileSearch {
    /// The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for AssistantObjectToolResourcesFileSearch {
    const NAME: &'static str = "AssistantObjectToolResourcesFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut vector_store_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "vector_store_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { vector_store_ids })
    }
}
impl<'de> Deserialize<'de> for AssistantObjectToolResourcesFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AssistantObjectToolResourcesFileSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { vector_store_ids: None }
    }
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
}
/// Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.
///
/// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
///
/// Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.
///
/// **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AssistantsApiResponseFormatOption {
    ResponseFormatJsonSchema(ResponseFormatJsonSchema),
    ResponseFormatText(ResponseFormatText),
    ResponseFormatJsonObject(ResponseFormatJsonObject),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<ResponseFormatJsonSchema> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::ResponseFormatJsonSchema(value)
    }
}
impl From<ResponseFormatText> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatText) -> Self {
        Self::ResponseFormatText(value)
    }
}
impl From<ResponseFormatJsonObject> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::ResponseFormatJsonObject(value)
    }
}
impl From<AutoLiteral> for AssistantsApiResponseFormatOption {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunObjectTool {
    /// `code_interpreter`
    CodeInterpreter(AssistantToolsCode),
    /// `file_search`
    FileSearch(AssistantToolsFileSearch),
    /// `function`
    Function(AssistantToolsFunction),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunObjectTool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Function(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RunObjectTool {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "code_interpreter" => {
                    Deserialize::deserialize(content).map(Self::CodeInterpreter)
                }
                "file_search" => Deserialize::deserialize(content).map(Self::FileSearch),
                "function" => Deserialize::deserialize(content).map(Self::Function),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RunObjectTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<AssistantToolsCode> for RunObjectTool {
    fn from(value: AssistantToolsCode) -> Self {
        Self::CodeInterpreter(value)
    }
}
impl From<AssistantToolsFileSearch> for RunObjectTool {
    fn from(value: AssistantToolsFileSearch) -> Self {
        Self::FileSearch(value)
    }
}
impl From<AssistantToolsFunction> for RunObjectTool {
    fn from(value: AssistantToolsFunction) -> Self {
        Self::Function(value)
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateAssistantRequest {
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    pub model: CreateAssistantRequestModel,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RunObjectTool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<CreateAssistantRequestToolResources>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for CreateAssistantRequest {
    const NAME: &'static str = "CreateAssistantRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<CreateAssistantRequestModel> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut tools: Option<Vec<RunObjectTool>> = None;
        let mut tool_resources: Option<CreateAssistantRequestToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut response_format: Option<Box<AssistantsApiResponseFormatOption>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "name" => 1,
                    "description" => 2,
                    "instructions" => 3,
                    "reasoning_effort" => 4,
                    "tools" => 5,
                    "tool_resources" => 6,
                    "metadata" => 7,
                    "temperature" => 8,
                    "top_p" => 9,
                    "response_format" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
            name,
            description,
            instructions,
            reasoning_effort,
            tools,
            tool_resources,
            metadata,
            temperature,
            top_p,
            response_format,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for CreateAssistantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl CreateAssistantRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(model: impl Into<CreateAssistantRequestModel>) -> Self {
        Self {
            model: model.into(),
            name: None,
            description: None,
            instructions: None,
            reasoning_effort: None,
            tools: None,
            tool_resources: None,
            metadata: None,
            temperature: None,
            top_p: None,
            response_format: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<RunObjectTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<CreateAssistantRequestToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "assistants")]
/// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateAssistantRequestModel {
    /// `gpt-5`
    Gpt5,
    /// `gpt-5-mini`
    Gpt5Mini,
    /// `gpt-5-nano`
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    Gpt5Nano20250807,
    /// `gpt-4.1`
    Gpt41,
    /// `gpt-4.1-mini`
    Gpt41Mini,
    /// `gpt-4.1-nano`
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    Gpt41Nano20250414,
    /// `o3-mini`
    O3Mini,
    /// `o3-mini-2025-01-31`
    O3Mini20250131,
    /// `o1`
    O1,
    /// `o1-2024-12-17`
    O120241217,
    /// `gpt-4o`
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    Gpt4o20240513,
    /// `gpt-4o-mini`
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    Gpt4oMini20240718,
    /// `gpt-4.5-preview`
    Gpt45Preview,
    /// `gpt-4.5-preview-2025-02-27`
    Gpt45Preview20250227,
    /// `gpt-4-turbo`
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    Gpt4VisionPreview,
    /// `gpt-4`
    Gpt4,
    /// `gpt-4-0314`
    Gpt40314,
    /// `gpt-4-0613`
    Gpt40613,
    /// `gpt-4-32k`
    Gpt432k,
    /// `gpt-4-32k-0314`
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0613`
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    Gpt35Turbo16k0613,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "assistants")]
impl CreateAssistantRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpt5 => "gpt-5",
            Self::Gpt5Mini => "gpt-5-mini",
            Self::Gpt5Nano => "gpt-5-nano",
            Self::Gpt520250807 => "gpt-5-2025-08-07",
            Self::Gpt5Mini20250807 => "gpt-5-mini-2025-08-07",
            Self::Gpt5Nano20250807 => "gpt-5-nano-2025-08-07",
            Self::Gpt41 => "gpt-4.1",
            Self::Gpt41Mini => "gpt-4.1-mini",
            Self::Gpt41Nano => "gpt-4.1-nano",
            Self::Gpt4120250414 => "gpt-4.1-2025-04-14",
            Self::Gpt41Mini20250414 => "gpt-4.1-mini-2025-04-14",
            Self::Gpt41Nano20250414 => "gpt-4.1-nano-2025-04-14",
            Self::O3Mini => "o3-mini",
            Self::O3Mini20250131 => "o3-mini-2025-01-31",
            Self::O1 => "o1",
            Self::O120241217 => "o1-2024-12-17",
            Self::Gpt4o => "gpt-4o",
            Self::Gpt4o20241120 => "gpt-4o-2024-11-20",
            Self::Gpt4o20240806 => "gpt-4o-2024-08-06",
            Self::Gpt4o20240513 => "gpt-4o-2024-05-13",
            Self::Gpt4oMini => "gpt-4o-mini",
            Self::Gpt4oMini20240718 => "gpt-4o-mini-2024-07-18",
            Self::Gpt45Preview => "gpt-4.5-preview",
            Self::Gpt45Preview20250227 => "gpt-4.5-preview-2025-02-27",
            Self::Gpt4Turbo => "gpt-4-turbo",
            Self::Gpt4Turbo20240409 => "gpt-4-turbo-2024-04-09",
            Self::Gpt40125Preview => "gpt-4-0125-preview",
            Self::Gpt4TurboPreview => "gpt-4-turbo-preview",
            Self::Gpt41106Preview => "gpt-4-1106-preview",
            Self::Gpt4VisionPreview => "gpt-4-vision-preview",
            Self::Gpt4 => "gpt-4",
            Self::Gpt40314 => "gpt-4-0314",
            Self::Gpt40613 => "gpt-4-0613",
            Self::Gpt432k => "gpt-4-32k",
            Self::Gpt432k0314 => "gpt-4-32k-0314",
            Self::Gpt432k0613 => "gpt-4-32k-0613",
            Self::Gpt35Turbo => "gpt-3.5-turbo",
            Self::Gpt35Turbo16k => "gpt-3.5-turbo-16k",
            Self::Gpt35Turbo0613 => "gpt-3.5-turbo-0613",
            Self::Gpt35Turbo1106 => "gpt-3.5-turbo-1106",
            Self::Gpt35Turbo0125 => "gpt-3.5-turbo-0125",
            Self::Gpt35Turbo16k0613 => "gpt-3.5-turbo-16k-0613",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-5" => Self::Gpt5,
            "gpt-5-mini" => Self::Gpt5Mini,
            "gpt-5-nano" => Self::Gpt5Nano,
            "gpt-5-2025-08-07" => Self::Gpt520250807,
            "gpt-5-mini-2025-08-07" => Self::Gpt5Mini20250807,
            "gpt-5-nano-2025-08-07" => Self::Gpt5Nano20250807,
            "gpt-4.1" => Self::Gpt41,
            "gpt-4.1-mini" => Self::Gpt41Mini,
            "gpt-4.1-nano" => Self::Gpt41Nano,
            "gpt-4.1-2025-04-14" => Self::Gpt4120250414,
            "gpt-4.1-mini-2025-04-14" => Self::Gpt41Mini20250414,
            "gpt-4.1-nano-2025-04-14" => Self::Gpt41Nano20250414,
            "o3-mini" => Self::O3Mini,
            "o3-mini-2025-01-31" => Self::O3Mini20250131,
            "o1" => Self::O1,
            "o1-2024-12-17" => Self::O120241217,
            "gpt-4o" => Self::Gpt4o,
            "gpt-4o-2024-11-20" => Self::Gpt4o20241120,
            "gpt-4o-2024-08-06" => Self::Gpt4o20240806,
            "gpt-4o-2024-05-13" => Self::Gpt4o20240513,
            "gpt-4o-mini" => Self::Gpt4oMini,
            "gpt-4o-mini-2024-07-18" => Self::Gpt4oMini20240718,
            "gpt-4.5-preview" => Self::Gpt45Preview,
            "gpt-4.5-preview-2025-02-27" => Self::Gpt45Preview20250227,
            "gpt-4-turbo" => Self::Gpt4Turbo,
            "gpt-4-turbo-2024-04-09" => Self::Gpt4Turbo20240409,
            "gpt-4-0125-preview" => Self::Gpt40125Preview,
            "gpt-4-turbo-preview" => Self::Gpt4TurboPreview,
            "gpt-4-1106-preview" => Self::Gpt41106Preview,
            "gpt-4-vision-preview" => Self::Gpt4VisionPreview,
            "gpt-4" => Self::Gpt4,
            "gpt-4-0314" => Self::Gpt40314,
            "gpt-4-0613" => Self::Gpt40613,
            "gpt-4-32k" => Self::Gpt432k,
            "gpt-4-32k-0314" => Self::Gpt432k0314,
            "gpt-4-32k-0613" => Self::Gpt432k0613,
            "gpt-3.5-turbo" => Self::Gpt35Turbo,
            "gpt-3.5-turbo-16k" => Self::Gpt35Turbo16k,
            "gpt-3.5-turbo-0613" => Self::Gpt35Turbo0613,
            "gpt-3.5-turbo-1106" => Self::Gpt35Turbo1106,
            "gpt-3.5-turbo-0125" => Self::Gpt35Turbo0125,
            "gpt-3.5-turbo-16k-0613" => Self::Gpt35Turbo16k0613,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "assistants")]
impl From<&str> for CreateAssistantRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "assistants")]
impl From<String> for CreateAssistantRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "assistants")]
impl std::fmt::Display for CreateAssistantRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "assistants")]
impl Serialize for CreateAssistantRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for CreateAssistantRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "assistants")]
impl Default for CreateAssistantRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "assistants")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateAssistantRequestToolResources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<CreateAssistantRequestToolResourcesFileSearch>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for CreateAssistantRequestToolResources {
    const NAME: &'static str = "CreateAssistantRequestToolResources";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter> = None;
        let mut file_search: Option<CreateAssistantRequestToolResourcesFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code_interpreter" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code_interpreter,
            file_search,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for CreateAssistantRequestToolResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl CreateAssistantRequestToolResources {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code_interpreter: None,
            file_search: None,
        }
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<ThreadObjectToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<CreateAssistantRequestToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateAssistantRequestToolResourcesFileSearch {
    /// The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
    /// A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_stores: Option<
        Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
    >,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for CreateAssistantRequestToolResourcesFileSearch {
    const NAME: &'static str = "CreateAssistantRequestToolResourcesFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut vector_store_ids: Option<Vec<String>> = None;
        let mut vector_stores: Option<
            Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "vector_store_ids" => 0,
                    "vector_stores" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_ids),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut vector_stores),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            vector_store_ids,
            vector_stores,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for CreateAssistantRequestToolResourcesFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl CreateAssistantRequestToolResourcesFileSearch {
    /// A value with `vector_store_ids` set: the API needs `vector_store_ids` or `vector_stores`.
    #[inline]
    pub fn with_vector_store_ids(vector_store_ids: impl Into<Vec<String>>) -> Self {
        Self {
            vector_store_ids: None,
            vector_stores: None,
        }
            .vector_store_ids(vector_store_ids)
    }
    /// A value with `vector_stores` set: the API needs `vector_store_ids` or `vector_stores`.
    #[inline]
    pub fn with_vector_stores(
        vector_stores: impl Into<
            Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
        >,
    ) -> Self {
        Self {
            vector_store_ids: None,
            vector_stores: None,
        }
            .vector_stores(vector_stores)
    }
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
    /// Sets `vector_stores`.
    pub fn vector_stores(
        mut self,
        value: impl Into<Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>>,
    ) -> Self {
        self.vector_stores = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateThreadRequestToolResourcesFileSearchVectorStore {
    /// A list of [file](https://platform.openai.com/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<
        CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object
for CreateThreadRequestToolResourcesFileSearchVectorStore {
    const NAME: &'static str = "CreateThreadRequestToolResourcesFileSearchVectorStore";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_ids: Option<Vec<String>> = None;
        let mut chunking_strategy: Option<
            CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy,
        > = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_ids" => 0,
                    "chunking_strategy" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut chunking_strategy),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_ids,
            chunking_strategy,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for CreateThreadRequestToolResourcesFileSearchVectorStore {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateThreadRequestToolResourcesFileSearchVectorStore {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            file_ids: None,
            chunking_strategy: None,
            metadata: None,
        }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<
            CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy,
        >,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    /// `auto`
    Auto(AutoChunkingStrategyRequestParam),
    /// `static`
    Static(StaticChunkingStrategyResponseParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize
for CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto(value) => value.serialize(serializer),
            Self::Static(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "auto" => Deserialize::deserialize(content).map(Self::Auto),
                "static" => Deserialize::deserialize(content).map(Self::Static),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de>
for CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<AutoChunkingStrategyRequestParam>
for CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    fn from(value: AutoChunkingStrategyRequestParam) -> Self {
        Self::Auto(value)
    }
}
impl From<StaticChunkingStrategyResponseParam>
for CreateThreadRequestToolResourcesFileSearchVectorStoreChunkingStrategy {
    fn from(value: StaticChunkingStrategyResponseParam) -> Self {
        Self::Static(value)
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteAssistantResponse {
    pub id: String,
    pub deleted: bool,
    pub object: AssistantDeletedLiteral,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for DeleteAssistantResponse {
    const NAME: &'static str = "DeleteAssistantResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut object: Option<AssistantDeletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "deleted" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for DeleteAssistantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl DeleteAssistantResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            deleted: deleted.into(),
            object: Default::default(),
        }
    }
}
#[cfg(feature = "assistants")]
/// The constant `assistant.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AssistantDeletedLiteral {
    /// `assistant.deleted`
    #[default]
    AssistantDeleted,
}
#[cfg(feature = "assistants")]
impl AssistantDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "assistant.deleted"
    }
}
#[cfg(feature = "assistants")]
impl std::fmt::Display for AssistantDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "assistants")]
impl Serialize for AssistantDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("assistant.deleted")
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for AssistantDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "assistant.deleted")
            .map(|()| Self::AssistantDeleted)
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListAssistantsResponse {
    pub object: String,
    pub data: Vec<Assistant>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for ListAssistantsResponse {
    const NAME: &'static str = "ListAssistantsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<Assistant>> = None;
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
            object: object.unwrap_or_default(),
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ListAssistantsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl ListAssistantsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<Assistant>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: object.into(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "assistants")]
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
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModifyAssistantRequest {
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateAssistantRequestModel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RunObjectTool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<ModifyAssistantRequestToolResources>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for ModifyAssistantRequest {
    const NAME: &'static str = "ModifyAssistantRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<CreateAssistantRequestModel> = None;
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut tools: Option<Vec<RunObjectTool>> = None;
        let mut tool_resources: Option<ModifyAssistantRequestToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut response_format: Option<Box<AssistantsApiResponseFormatOption>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "reasoning_effort" => 1,
                    "name" => 2,
                    "description" => 3,
                    "instructions" => 4,
                    "tools" => 5,
                    "tool_resources" => 6,
                    "metadata" => 7,
                    "temperature" => 8,
                    "top_p" => 9,
                    "response_format" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            reasoning_effort,
            name,
            description,
            instructions,
            tools,
            tool_resources,
            metadata,
            temperature,
            top_p,
            response_format,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ModifyAssistantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl ModifyAssistantRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            model: None,
            reasoning_effort: None,
            name: None,
            description: None,
            instructions: None,
            tools: None,
            tool_resources: None,
            metadata: None,
            temperature: None,
            top_p: None,
            response_format: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateAssistantRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<RunObjectTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<ModifyAssistantRequestToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "assistants")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModifyAssistantRequestToolResources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<ModifyAssistantRequestToolResourcesCodeInterpreter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<ModifyAssistantRequestToolResourcesFileSearch>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for ModifyAssistantRequestToolResources {
    const NAME: &'static str = "ModifyAssistantRequestToolResources";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code_interpreter: Option<
            ModifyAssistantRequestToolResourcesCodeInterpreter,
        > = None;
        let mut file_search: Option<ModifyAssistantRequestToolResourcesFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code_interpreter" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code_interpreter,
            file_search,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ModifyAssistantRequestToolResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl ModifyAssistantRequestToolResources {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code_interpreter: None,
            file_search: None,
        }
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<ModifyAssistantRequestToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<ModifyAssistantRequestToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModifyAssistantRequestToolResourcesCodeInterpreter {
    /// Overrides the list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object
for ModifyAssistantRequestToolResourcesCodeInterpreter {
    const NAME: &'static str = "ModifyAssistantRequestToolResourcesCodeInterpreter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_ids })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ModifyAssistantRequestToolResourcesCodeInterpreter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl ModifyAssistantRequestToolResourcesCodeInterpreter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_ids: None }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModifyAssistantRequestToolResourcesFileSearch {
    /// Overrides the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for ModifyAssistantRequestToolResourcesFileSearch {
    const NAME: &'static str = "ModifyAssistantRequestToolResourcesFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut vector_store_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "vector_store_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { vector_store_ids })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ModifyAssistantRequestToolResourcesFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl ModifyAssistantRequestToolResourcesFileSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { vector_store_ids: None }
    }
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "assistants")]
/// Query and header parameters of `listAssistants`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAssistantsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
#[cfg(feature = "assistants")]
impl sdk_runtime_types::de::Object for ListAssistantsParams {
    const NAME: &'static str = "ListAssistantsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
        })
    }
}
#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ListAssistantsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "assistants")]
impl ListAssistantsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
