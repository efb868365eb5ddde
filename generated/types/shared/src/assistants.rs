//! Types of the `assistants` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
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
pub enum AssistantLiteral {
    /// `assistant`
    #[default]
    Assistant,
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
/// The constant `file_search`.
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
pub enum FileSearchLiteral {
    /// `file_search`
    #[default]
    FileSearch,
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
pub enum FunctionLiteral {
    /// `function`
    #[default]
    Function,
}
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
/// Set of 16 key-value pairs that can be attached to an object. This can be
/// useful for storing additional information about the object in a structured
/// format, and querying for objects via API or the dashboard.
///
/// Keys are strings with a maximum length of 64 characters. Values are strings
/// with a maximum length of 512 characters.
pub type Metadata = std::collections::BTreeMap<String, String>;
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
pub enum AutoLiteral {
    /// `auto`
    #[default]
    Auto,
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
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `json_object`.
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
/// The constant `json_schema`.
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ReasoningEffort {
    /// `none`
    #[api(rename = "none")]
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
