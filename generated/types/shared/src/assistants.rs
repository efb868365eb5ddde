//! Types of the `assistants` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `assistant`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AssistantLiteral {
    /// `assistant`
    #[default]
    Assistant,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl AssistantLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "assistant"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for AssistantLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for AssistantLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("assistant")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for AssistantLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "assistant")
            .map(|()| Self::Assistant)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Code interpreter tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AssistantToolsCode {
    /// The type of tool being defined: `code_interpreter`
    #[serde(rename = "type")]
    pub type_: CodeInterpreterLiteral,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl AssistantToolsCode {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `code_interpreter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CodeInterpreterLiteral {
    /// `code_interpreter`
    #[default]
    CodeInterpreter,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl CodeInterpreterLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "code_interpreter"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for CodeInterpreterLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for CodeInterpreterLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("code_interpreter")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for CodeInterpreterLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "code_interpreter")
            .map(|()| Self::CodeInterpreter)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// FileSearch tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AssistantToolsFileSearch {
    /// The type of tool being defined: `file_search`
    #[serde(rename = "type")]
    pub type_: FileSearchLiteral,
    /// Overrides for the file search tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<AssistantToolsFileSearchFileSearch>,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `file_search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FileSearchLiteral {
    /// `file_search`
    #[default]
    FileSearch,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl FileSearchLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "file_search"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for FileSearchLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for FileSearchLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("file_search")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for FileSearchLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "file_search")
            .map(|()| Self::FileSearch)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Overrides for the file search tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AssistantToolsFileSearchFileSearch {
    /// The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.
    ///
    /// Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_num_results: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<FileSearchRankingOptions>,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsFileSearchFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
/// The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.
///
/// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileSearchRankingOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranker: Option<FileSearchRanker>,
    /// The score threshold for the file search. All values must be a floating point number between 0 and 1.
    pub score_threshold: f64,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for FileSearchRankingOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<&str> for FileSearchRanker {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<String> for FileSearchRanker {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl std::fmt::Display for FileSearchRanker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for FileSearchRanker {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for FileSearchRanker {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for FileSearchRanker {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
/// Function tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AssistantToolsFunction {
    /// The type of tool being defined: `function`
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    pub function: FunctionObject,
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `function`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FunctionLiteral {
    /// `function`
    #[default]
    Function,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl FunctionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "function"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for FunctionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for FunctionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("function")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for FunctionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "function").map(|()| Self::Function)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionObject {
    /// A description of what the function does, used by the model to choose when and how to call the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<FunctionParameters>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl sdk_runtime_types::de::Object for FunctionObject {
    const NAME: &'static str = "FunctionObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut parameters: Option<FunctionParameters> = None;
        let mut strict: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "description" => 0,
                    "name" => 1,
                    "parameters" => 2,
                    "strict" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            description,
            name: name.unwrap_or_default(),
            parameters,
            strict,
        })
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for FunctionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl FunctionObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            name: name.into(),
            parameters: None,
            strict: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<FunctionParameters>) -> Self {
        self.parameters = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// The parameters the functions accepts, described as a JSON Schema object. See the [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.
///
/// Omitting `parameters` defines a function with an empty parameter list.
pub type FunctionParameters = serde_json::Map<String, serde_json::Value>;
#[cfg(
    any(
        feature = "assistants",
        feature = "batches",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
pub type Metadata = std::collections::BTreeMap<String, String>;
#[cfg(any(feature = "assistants", feature = "threads"))]
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
#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<ResponseFormatJsonSchema> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::ResponseFormatJsonSchema(value)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<ResponseFormatText> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatText) -> Self {
        Self::ResponseFormatText(value)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<ResponseFormatJsonObject> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::ResponseFormatJsonObject(value)
    }
}
#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<AutoLiteral> for AssistantsApiResponseFormatOption {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
/// The constant `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AutoLiteral {
    /// `auto`
    #[default]
    Auto,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl AutoLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "auto"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl std::fmt::Display for AutoLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl Serialize for AutoLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("auto")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for AutoLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "auto").map(|()| Self::Auto)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
/// The constant `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TextLiteral {
    /// `text`
    #[default]
    Text,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl TextLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "text"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl std::fmt::Display for TextLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl Serialize for TextLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("text")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for TextLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "text").map(|()| Self::Text)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `json_object`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum JsonObjectLiteral {
    /// `json_object`
    #[default]
    JsonObject,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl JsonObjectLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "json_object"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for JsonObjectLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for JsonObjectLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("json_object")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for JsonObjectLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "json_object")
            .map(|()| Self::JsonObject)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// JSON Schema response format. Used to generate structured JSON responses.
/// Learn more about [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponseFormatJsonSchema {
    /// The type of response format being defined. Always `json_schema`.
    #[serde(rename = "type")]
    pub type_: JsonSchemaLiteral,
    /// Structured Outputs configuration options, including a JSON Schema.
    pub json_schema: JsonSchemaFormat,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl sdk_runtime_types::de::Object for ResponseFormatJsonSchema {
    const NAME: &'static str = "ResponseFormatJsonSchema";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<JsonSchemaLiteral> = None;
        let mut json_schema: Option<JsonSchemaFormat> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "json_schema" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut json_schema),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            json_schema: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(json_schema, "json_schema")?,
        })
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for ResponseFormatJsonSchema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl ResponseFormatJsonSchema {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(json_schema: impl Into<JsonSchemaFormat>) -> Self {
        Self {
            type_: Default::default(),
            json_schema: json_schema.into(),
        }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `json_schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum JsonSchemaLiteral {
    /// `json_schema`
    #[default]
    JsonSchema,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl JsonSchemaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "json_schema"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for JsonSchemaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for JsonSchemaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("json_schema")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for JsonSchemaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "json_schema")
            .map(|()| Self::JsonSchema)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// Structured Outputs configuration options, including a JSON Schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct JsonSchemaFormat {
    /// A description of what the response format is for, used by the model to
    /// determine how to respond in the format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the response format. Must be a-z, A-Z, 0-9, or contain
    /// underscores and dashes, with a maximum length of 64.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<ResponseFormatJsonSchemaSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl sdk_runtime_types::de::Object for JsonSchemaFormat {
    const NAME: &'static str = "JsonSchemaFormat";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut schema: Option<ResponseFormatJsonSchemaSchema> = None;
        let mut strict: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "description" => 0,
                    "name" => 1,
                    "schema" => 2,
                    "strict" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut schema),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            description,
            name: name.unwrap_or_default(),
            schema,
            strict,
        })
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for JsonSchemaFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl JsonSchemaFormat {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            name: name.into(),
            schema: None,
            strict: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<ResponseFormatJsonSchemaSchema>) -> Self {
        self.schema = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// The specification's name for [`JsonSchemaFormat`].
pub type ResponseFormatJsonSchemaJsonSchema = JsonSchemaFormat;
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// The constant `static`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StaticLiteral {
    /// `static`
    #[default]
    Static,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl StaticLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "static"
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl std::fmt::Display for StaticLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl Serialize for StaticLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("static")
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl<'de> Deserialize<'de> for StaticLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "static").map(|()| Self::Static)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
pub type ReasoningEffort = ReasoningEffort2;
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
/// Constrains effort on reasoning for reasoning models. Currently supported
/// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
/// Reducing reasoning effort can result in faster responses and fewer tokens
/// used on reasoning in a response. Not all reasoning models support every
/// value. See the
/// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
/// for model-specific support.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReasoningEffort2 {
    /// `none`
    NoneType,
    /// `minimal`
    Minimal,
    /// `low`
    Low,
    /// `medium`
    #[default]
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// `max`
    Max,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl ReasoningEffort2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoneType => "none",
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Max => "max",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "none" => Self::NoneType,
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            "max" => Self::Max,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl From<&str> for ReasoningEffort2 {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl From<String> for ReasoningEffort2 {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for ReasoningEffort2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for ReasoningEffort2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for ReasoningEffort2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListAssistantsOrder {
    /// `asc`
    Asc,
    /// `desc`
    #[default]
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
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
impl ListAssistantsOrder {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Other(other.to_owned()),
        }
    }
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
impl From<&str> for ListAssistantsOrder {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
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
impl From<String> for ListAssistantsOrder {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
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
impl std::fmt::Display for ListAssistantsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
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
impl Serialize for ListAssistantsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
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
impl<'de> Deserialize<'de> for ListAssistantsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
