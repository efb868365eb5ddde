//! Types of the `beta` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `logs`.
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
pub enum LogsLiteral {
    /// `logs`
    #[default]
    Logs,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `image`.
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
pub enum ImageLiteral {
    /// `image`
    #[default]
    Image,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `file_citation`.
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
pub enum FileCitationLiteral {
    /// `file_citation`
    #[default]
    FileCitation,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `file_path`.
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
pub enum FilePathLiteral {
    /// `file_path`
    #[default]
    FilePath,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `refusal`.
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
pub enum RefusalLiteral {
    /// `refusal`
    #[default]
    Refusal,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `error`.
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
pub enum ErrorTypeLiteral {
    /// `error`
    #[default]
    #[api(rename = "error")]
    ErrorType,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `allowed_tools`.
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
pub enum AllowedToolsLiteral {
    /// `allowed_tools`
    #[default]
    AllowedTools,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `custom`.
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
pub enum CustomLiteral {
    /// `custom`
    #[default]
    Custom,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `url_citation`.
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
pub enum UrlCitationLiteral {
    /// `url_citation`
    #[default]
    UrlCitation,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A moderation result produced for the response input or output.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model, flagged, categories, category_scores, category_applied_input_types))]
#[non_exhaustive]
pub struct ModerationResultBody {
    /// The object type, which was always `moderation_result` for successful moderation results.
    #[api(rename = "type", constant)]
    pub type_: ModerationResultLiteral,
    /// The moderation model that produced this result.
    #[api(default)]
    pub model: String,
    /// A boolean indicating whether the content was flagged by any category.
    #[api(default)]
    pub flagged: bool,
    /// A dictionary of moderation categories to booleans, True if the input is flagged under this category.
    #[api(default)]
    pub categories: std::collections::BTreeMap<String, bool>,
    /// A dictionary of moderation categories to scores.
    #[api(default)]
    pub category_scores: std::collections::BTreeMap<String, f64>,
    /// Which modalities of input are reflected by the score for each category.
    #[api(default)]
    pub category_applied_input_types: std::collections::BTreeMap<
        String,
        Vec<SearchContentType>,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `moderation_result`.
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
pub enum ModerationResultLiteral {
    /// `moderation_result`
    #[default]
    ModerationResult,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct PromptCacheBreakpointParam {
    /// The breakpoint mode. Always `explicit`.
    #[api(constant)]
    pub mode: ExplicitLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The constant `explicit`.
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
pub enum ExplicitLiteral {
    /// `explicit`
    #[default]
    Explicit,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `developer`.
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
pub enum DeveloperLiteral {
    /// `developer`
    #[default]
    Developer,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that runs Python code to help generate a response to a prompt.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(container))]
#[non_exhaustive]
pub struct CodeInterpreterTool {
    /// The type of the code interpreter tool. Always `code_interpreter`.
    #[api(rename = "type", constant)]
    pub type_: CodeInterpreterLiteral,
    /// The code interpreter container. Can be a container ID or an object that
    /// specifies uploaded file IDs to make available to your code, along with an
    /// optional `memory_limit` setting.
    pub container: CodeInterpreterToolContainer,
    /// The tool invocation context(s).
    ///
    /// At least `1` items.
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The code interpreter container. Can be a container ID or an object that
/// specifies uploaded file IDs to make available to your code, along with an
/// optional `memory_limit` setting.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CodeInterpreterToolContainer {
    AutoCodeInterpreterToolParam(AutoCodeInterpreterToolParam),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct AutoCodeInterpreterToolParam {
    /// Always `auto`.
    #[api(rename = "type", constant)]
    pub type_: AutoLiteral,
    /// An optional list of uploaded files to make available to your code.
    ///
    /// At most `50` items.
    pub file_ids: Option<Vec<String>>,
    /// The memory limit for the code interpreter container.
    pub memory_limit: Option<ContainerMemoryLimit>,
    /// Network access policy for the container.
    pub network_policy: Option<ContainerAutoParamNetworkPolicy>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ContainerMemoryLimit {
    /// `1g`
    #[api(rename = "1g")]
    V1g,
    /// `4g`
    #[api(rename = "4g")]
    V4g,
    /// `16g`
    #[api(rename = "16g")]
    V16g,
    /// `64g`
    #[api(rename = "64g")]
    V64g,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `disabled`.
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
pub enum DisabledLiteral {
    /// `disabled`
    #[default]
    Disabled,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `allowlist`.
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
pub enum AllowlistLiteral {
    /// `allowlist`
    #[default]
    Allowlist,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CallableToolAllowedCaller {
    /// `direct`
    Direct,
    /// `programmatic`
    Programmatic,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `code_interpreter_call`.
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
pub enum CodeInterpreterCallLiteral {
    /// `code_interpreter_call`
    #[default]
    CodeInterpreterCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CodeInterpreterToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `interpreting`
    Interpreting,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CodeInterpreterToolCallOutput {
    /// `logs`
    #[api(tag = "logs")]
    Logs(CodeInterpreterOutputLogs),
    /// `image`
    #[api(tag = "image")]
    Image(CodeInterpreterOutputImage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The logs output from the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(logs))]
#[non_exhaustive]
pub struct CodeInterpreterOutputLogs {
    /// The type of the output. Always `logs`.
    #[api(rename = "type", constant)]
    pub type_: LogsLiteral,
    /// The logs output from the code interpreter.
    #[api(default)]
    pub logs: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The image output from the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url))]
#[non_exhaustive]
pub struct CodeInterpreterOutputImage {
    /// The type of the output. Always `image`.
    #[api(rename = "type", constant)]
    pub type_: ImageLiteral,
    /// The URL of the image output from the code interpreter.
    #[api(default)]
    pub url: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// A filter used to compare a specified attribute key to a given value using a defined comparison operation.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(type_, key, value))]
#[api(strict)]
#[non_exhaustive]
pub struct ComparisonFilter {
    /// Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    /// - `eq`: equals
    /// - `ne`: not equal
    /// - `gt`: greater than
    /// - `gte`: greater than or equal
    /// - `lt`: less than
    /// - `lte`: less than or equal
    /// - `in`: in
    /// - `nin`: not in
    #[api(rename = "type")]
    pub type_: ComparisonFilterType,
    /// The key to compare against the value.
    pub key: String,
    /// The value to compare against the attribute key; supports string, number, or boolean types.
    pub value: ComparisonFilterValue,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
/// - `eq`: equals
/// - `ne`: not equal
/// - `gt`: greater than
/// - `gte`: greater than or equal
/// - `lt`: less than
/// - `lte`: less than or equal
/// - `in`: in
/// - `nin`: not in
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ComparisonFilterType {
    /// `eq`
    #[default]
    #[api(rename = "eq")]
    EqType,
    /// `ne`
    Ne,
    /// `gt`
    Gt,
    /// `gte`
    Gte,
    /// `lt`
    Lt,
    /// `lte`
    Lte,
    /// `in`
    In,
    /// `nin`
    Nin,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// The value to compare against the attribute key; supports string, number, or boolean types.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ComparisonFilterValue {
    ItemList(Vec<ComparisonFilterValueItem>),
    Number(f64),
    Bool(bool),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ComparisonFilterValueItem {
    Number(f64),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// Combine multiple filters using `and` or `or`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_, filters))]
#[non_exhaustive]
pub struct CompoundFilter {
    /// Type of operation: `and` or `or`.
    #[api(rename = "type", default)]
    pub type_: CompoundFilterType,
    /// Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.
    #[api(default)]
    pub filters: Vec<CompoundFilterFilter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// Type of operation: `and` or `or`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CompoundFilterType {
    /// `and`
    And,
    /// `or`
    Or,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CompoundFilterFilter {
    ComparisonFilter(ComparisonFilter),
    Any(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ComputerAction {
    /// `click`
    #[api(tag = "click")]
    Click(ClickParam),
    /// `double_click`
    #[api(tag = "double_click")]
    DoubleClick(DoubleClickAction),
    /// `drag`
    #[api(tag = "drag")]
    Drag(DragParam),
    /// `keypress`
    #[api(tag = "keypress")]
    Keypress(KeyPressAction),
    /// `move`
    #[api(tag = "move")]
    Move(MoveParam),
    /// `screenshot`
    #[api(tag = "screenshot")]
    Screenshot(ScreenshotParam),
    /// `scroll`
    #[api(tag = "scroll")]
    Scroll(ScrollParam),
    /// `type`
    #[api(tag = "type")]
    Type(TypeParam),
    /// `wait`
    #[api(tag = "wait")]
    Wait(WaitParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A click action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(button, x, y))]
#[non_exhaustive]
pub struct ClickParam {
    /// Specifies the event type. For a click action, this property is always `click`.
    #[api(rename = "type", constant)]
    pub type_: ClickLiteral,
    /// Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`.
    #[api(default)]
    pub button: ClickButtonType,
    /// The x-coordinate where the click occurred.
    #[api(default)]
    pub x: i64,
    /// The y-coordinate where the click occurred.
    #[api(default)]
    pub y: i64,
    /// The keys being held while clicking.
    pub keys: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `click`.
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
pub enum ClickLiteral {
    /// `click`
    #[default]
    Click,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ClickButtonType {
    /// `left`
    Left,
    /// `right`
    Right,
    /// `wheel`
    Wheel,
    /// `back`
    Back,
    /// `forward`
    Forward,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A double click action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(x, y))]
#[non_exhaustive]
pub struct DoubleClickAction {
    /// Specifies the event type. For a double click action, this property is always set to `double_click`.
    #[api(rename = "type", constant)]
    pub type_: DoubleClickLiteral,
    /// The x-coordinate where the double click occurred.
    #[api(default)]
    pub x: i64,
    /// The y-coordinate where the double click occurred.
    #[api(default)]
    pub y: i64,
    /// The keys being held while double-clicking.
    #[api(nullable)]
    pub keys: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `double_click`.
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
pub enum DoubleClickLiteral {
    /// `double_click`
    #[default]
    DoubleClick,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A drag action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path))]
#[non_exhaustive]
pub struct DragParam {
    /// Specifies the event type. For a drag action, this property is always set to `drag`.
    #[api(rename = "type", constant)]
    pub type_: DragLiteral,
    /// An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    /// ```text
    /// [
    ///   { x: 100, y: 200 },
    ///   { x: 200, y: 300 }
    /// ]
    /// ```
    #[api(default)]
    pub path: Vec<DragPoint>,
    /// The keys being held while dragging the mouse.
    pub keys: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `drag`.
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
pub enum DragLiteral {
    /// `drag`
    #[default]
    Drag,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A collection of keypresses the model would like to perform.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(keys))]
#[non_exhaustive]
pub struct KeyPressAction {
    /// Specifies the event type. For a keypress action, this property is always set to `keypress`.
    #[api(rename = "type", constant)]
    pub type_: KeypressLiteral,
    /// The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key.
    #[api(default)]
    pub keys: Vec<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `keypress`.
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
pub enum KeypressLiteral {
    /// `keypress`
    #[default]
    Keypress,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A mouse move action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(x, y))]
#[non_exhaustive]
pub struct MoveParam {
    /// Specifies the event type. For a move action, this property is always set to `move`.
    #[api(rename = "type", constant)]
    pub type_: MoveLiteral,
    /// The x-coordinate to move to.
    #[api(default)]
    pub x: i64,
    /// The y-coordinate to move to.
    #[api(default)]
    pub y: i64,
    /// The keys being held while moving the mouse.
    pub keys: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `move`.
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
pub enum MoveLiteral {
    /// `move`
    #[default]
    Move,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A screenshot action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ScreenshotParam {
    /// Specifies the event type. For a screenshot action, this property is always set to `screenshot`.
    #[api(rename = "type", constant)]
    pub type_: ScreenshotLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `screenshot`.
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
pub enum ScreenshotLiteral {
    /// `screenshot`
    #[default]
    Screenshot,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A scroll action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(x, y, scroll_x, scroll_y))]
#[non_exhaustive]
pub struct ScrollParam {
    /// Specifies the event type. For a scroll action, this property is always set to `scroll`.
    #[api(rename = "type", constant)]
    pub type_: ScrollLiteral,
    /// The x-coordinate where the scroll occurred.
    #[api(default)]
    pub x: i64,
    /// The y-coordinate where the scroll occurred.
    #[api(default)]
    pub y: i64,
    /// The horizontal scroll distance.
    #[api(default)]
    pub scroll_x: i64,
    /// The vertical scroll distance.
    #[api(default)]
    pub scroll_y: i64,
    /// The keys being held while scrolling.
    pub keys: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `scroll`.
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
pub enum ScrollLiteral {
    /// `scroll`
    #[default]
    Scroll,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// An action to type in text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct TypeParam {
    /// Specifies the event type. For a type action, this property is always set to `type`.
    #[api(rename = "type", constant)]
    pub type_: TypeLiteral,
    /// The text to type.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `type`.
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
pub enum TypeLiteral {
    /// `type`
    #[default]
    Type,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A wait action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct WaitParam {
    /// Specifies the event type. For a wait action, this property is always set to `wait`.
    #[api(rename = "type", constant)]
    pub type_: WaitLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `wait`.
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
pub enum WaitLiteral {
    /// `wait`
    #[default]
    Wait,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A computer screenshot image used with the computer use tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ComputerScreenshotImage {
    /// Specifies the event type. For a computer screenshot, this property is
    /// always set to `computer_screenshot`.
    #[api(rename = "type", constant)]
    pub type_: ComputerScreenshotLiteral,
    /// The URL of the screenshot image.
    pub image_url: Option<String>,
    /// The identifier of an uploaded file that contains the screenshot.
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `computer_screenshot`.
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
pub enum ComputerScreenshotLiteral {
    /// `computer_screenshot`
    #[default]
    ComputerScreenshot,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `computer_call`.
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
pub enum ComputerCallLiteral {
    /// `computer_call`
    #[default]
    ComputerCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A pending safety check for the computer call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct ComputerCallSafetyCheckParam {
    /// The ID of the pending safety check.
    #[api(default)]
    pub id: String,
    /// The type of the pending safety check.
    pub code: Option<String>,
    /// Details about the pending safety check.
    pub message: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The status of the item. One of `in_progress`, `completed`, or
/// `incomplete`. Populated when items are returned via API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ComputerToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `computer_call_output`.
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
pub enum ComputerCallOutputLiteral {
    /// `computer_call_output`
    #[default]
    ComputerCallOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ComputerCallOutputStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum InputContent {
    /// `input_text`
    #[api(tag = "input_text")]
    InputText(InputTextContent),
    /// `input_image`
    #[api(tag = "input_image")]
    InputImage(InputImageContent),
    /// `input_file`
    #[api(tag = "input_file")]
    InputFile(InputFileContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// A text input to the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[api(strict)]
#[non_exhaustive]
pub struct InputTextContent {
    /// The type of the input item. Always `input_text`.
    #[api(rename = "type", constant)]
    pub type_: InputTextLiteral,
    /// The text input to the model.
    pub text: String,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chatkit",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The constant `input_text`.
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
pub enum InputTextLiteral {
    /// `input_text`
    #[default]
    InputText,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// An image input to the model. Learn about [image inputs](https://platform.openai.com/docs/guides/vision).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(detail))]
#[api(strict)]
#[non_exhaustive]
pub struct InputImageContent {
    /// The type of the input item. Always `input_image`.
    #[api(rename = "type", constant)]
    pub type_: InputImageLiteral,
    /// The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL.
    pub image_url: Option<String>,
    /// The ID of the file to be sent to the model.
    pub file_id: Option<String>,
    /// The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`.
    pub detail: DetailEnum,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The constant `input_image`.
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
pub enum InputImageLiteral {
    /// `input_image`
    #[default]
    InputImage,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// A file input to the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct InputFileContent {
    /// The type of the input item. Always `input_file`.
    #[api(rename = "type", constant)]
    pub type_: InputFileLiteral,
    /// The ID of the file to be sent to the model.
    pub file_id: Option<String>,
    /// The name of the file to be sent to the model.
    pub filename: Option<String>,
    /// The content of the file to be sent to the model.
    pub file_data: Option<String>,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// The URL of the file to be sent to the model.
    pub file_url: Option<String>,
    /// The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.
    pub detail: Option<FileDetailEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The constant `input_file`.
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
pub enum InputFileLiteral {
    /// `input_file`
    #[default]
    InputFile,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum OutputContent {
    /// `output_text`
    #[api(tag = "output_text")]
    OutputText(OutputTextContent),
    /// `refusal`
    #[api(tag = "refusal")]
    Refusal(RefusalContent),
    /// `reasoning_text`
    #[api(tag = "reasoning_text")]
    ReasoningText(ReasoningTextContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A text output from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text, annotations, logprobs))]
#[non_exhaustive]
pub struct OutputTextContent {
    /// The type of the output text. Always `output_text`.
    #[api(rename = "type", constant)]
    pub type_: OutputTextLiteral,
    /// The text output from the model.
    #[api(default)]
    pub text: String,
    /// The annotations of the text output.
    #[api(default)]
    pub annotations: Vec<Annotation>,
    #[api(default)]
    pub logprobs: Vec<LogProb>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chatkit",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses"
    )
)]
/// The constant `output_text`.
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
pub enum OutputTextLiteral {
    /// `output_text`
    #[default]
    OutputText,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// An annotation that applies to a span of output text.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum Annotation {
    /// `file_citation`
    #[api(tag = "file_citation")]
    FileCitation(FileCitationBody),
    /// `url_citation`
    #[api(tag = "url_citation")]
    UrlCitation(UrlCitationBody),
    /// `container_file_citation`
    #[api(tag = "container_file_citation")]
    ContainerFileCitation(ContainerFileCitationBody),
    /// `file_path`
    #[api(tag = "file_path")]
    FilePath(FilePath),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A citation to a file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id, index, filename))]
#[non_exhaustive]
pub struct FileCitationBody {
    /// The type of the file citation. Always `file_citation`.
    #[api(rename = "type", constant)]
    pub type_: FileCitationLiteral,
    /// The ID of the file.
    #[api(default)]
    pub file_id: String,
    /// The index of the file in the list of files.
    #[api(default)]
    pub index: i64,
    /// The filename of the file cited.
    #[api(default)]
    pub filename: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A citation for a web resource used to generate a model response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url, start_index, end_index, title))]
#[non_exhaustive]
pub struct UrlCitationBody {
    /// The type of the URL citation. Always `url_citation`.
    #[api(rename = "type", constant)]
    pub type_: UrlCitationLiteral,
    /// The URL of the web resource.
    #[api(default)]
    pub url: String,
    /// The index of the first character of the URL citation in the message.
    #[api(default)]
    pub start_index: i64,
    /// The index of the last character of the URL citation in the message.
    #[api(default)]
    pub end_index: i64,
    /// The title of the web resource.
    #[api(default)]
    pub title: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A citation for a container file used to generate a model response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(container_id, file_id, start_index, end_index, filename))]
#[non_exhaustive]
pub struct ContainerFileCitationBody {
    /// The type of the container file citation. Always `container_file_citation`.
    #[api(rename = "type", constant)]
    pub type_: ContainerFileCitationLiteral,
    /// The ID of the container file.
    #[api(default)]
    pub container_id: String,
    /// The ID of the file.
    #[api(default)]
    pub file_id: String,
    /// The index of the first character of the container file citation in the message.
    #[api(default)]
    pub start_index: i64,
    /// The index of the last character of the container file citation in the message.
    #[api(default)]
    pub end_index: i64,
    /// The filename of the container file cited.
    #[api(default)]
    pub filename: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `container_file_citation`.
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
pub enum ContainerFileCitationLiteral {
    /// `container_file_citation`
    #[default]
    ContainerFileCitation,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A path to a file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id, index))]
#[non_exhaustive]
pub struct FilePath {
    /// The type of the file path. Always `file_path`.
    #[api(rename = "type", constant)]
    pub type_: FilePathLiteral,
    /// The ID of the file.
    #[api(default)]
    pub file_id: String,
    /// The index of the file in the list of files.
    #[api(default)]
    pub index: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The log probability of a token.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(token, logprob, bytes, top_logprobs))]
#[non_exhaustive]
pub struct LogProb {
    #[api(default)]
    pub token: String,
    #[api(default)]
    pub logprob: f64,
    #[api(default)]
    pub bytes: Vec<i64>,
    #[api(default)]
    pub top_logprobs: Vec<TopLogProb>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The top log probability of a token.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(token, logprob, bytes))]
#[non_exhaustive]
pub struct TopLogProb {
    #[api(default)]
    pub token: String,
    #[api(default)]
    pub logprob: f64,
    #[api(default)]
    pub bytes: Vec<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A refusal from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(refusal))]
#[non_exhaustive]
pub struct RefusalContent {
    /// The type of the refusal. Always `refusal`.
    #[api(rename = "type", constant)]
    pub type_: RefusalLiteral,
    /// The refusal explanation from the model.
    #[api(default)]
    pub refusal: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Reasoning text from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct ReasoningTextContent {
    /// The type of the reasoning text. Always `reasoning_text`.
    #[api(rename = "type", constant)]
    pub type_: ReasoningTextLiteral,
    /// The reasoning text from the model.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `reasoning_text`.
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
pub enum ReasoningTextLiteral {
    /// `reasoning_text`
    #[default]
    ReasoningText,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses"
    )
)]
/// The constant `message`.
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
pub enum MessageLiteral {
    /// `message`
    #[default]
    Message,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessageStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessageRole {
    /// `unknown`
    Unknown,
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// `critic`
    Critic,
    /// `discriminator`
    Discriminator,
    /// `developer`
    Developer,
    /// `tool`
    Tool,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A text content.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct TextContent {
    /// Defaults to `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A summary text from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct SummaryTextContent {
    /// The type of the object. Always `summary_text`.
    #[api(rename = "type", constant)]
    pub type_: SummaryTextLiteral,
    /// A summary of the reasoning output from the model so far.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `summary_text`.
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
pub enum SummaryTextLiteral {
    /// `summary_text`
    #[default]
    SummaryText,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A screenshot of a computer.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(detail))]
#[non_exhaustive]
pub struct ComputerScreenshotContent {
    /// Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`.
    #[api(rename = "type", constant)]
    pub type_: ComputerScreenshotLiteral,
    /// The URL of the screenshot image.
    #[api(nullable)]
    pub image_url: Option<String>,
    /// The identifier of an uploaded file that contains the screenshot.
    #[api(nullable)]
    pub file_id: Option<String>,
    /// The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`.
    #[api(default)]
    pub detail: DetailEnum,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessagePhase2 {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `function_call`.
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
pub enum FunctionCallLiteral {
    /// `function_call`
    #[default]
    FunctionCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The execution context that produced this tool call.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ToolCallCaller {
    /// `direct`
    #[api(tag = "direct")]
    Direct(DirectToolCallCaller),
    /// `program`
    #[api(tag = "program")]
    Program(ProgramToolCallCaller),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct DirectToolCallCaller {
    /// Defaults to `direct`.
    #[api(rename = "type", constant)]
    pub type_: DirectLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `direct`.
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
pub enum DirectLiteral {
    /// `direct`
    #[default]
    Direct,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(caller_id))]
#[non_exhaustive]
pub struct ProgramToolCallCaller {
    /// Defaults to `program`.
    #[api(rename = "type", constant)]
    pub type_: ProgramLiteral,
    /// The call ID of the program item that produced this tool call.
    #[api(default)]
    pub caller_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `program`.
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
pub enum ProgramLiteral {
    /// `program`
    #[default]
    Program,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `function_call_output`.
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
pub enum FunctionCallOutputLiteral {
    /// `function_call_output`
    #[default]
    FunctionCallOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The execution context that produced this tool call.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ToolCallCallerParam {
    /// `direct`
    #[api(tag = "direct")]
    Direct(DirectToolCallCallerParam),
    /// `program`
    #[api(tag = "program")]
    Program(ProgramToolCallCallerParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct DirectToolCallCallerParam {
    /// The caller type. Always `direct`.
    #[api(rename = "type", constant)]
    pub type_: DirectLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(caller_id))]
#[non_exhaustive]
pub struct ProgramToolCallCallerParam {
    /// The caller type. Always `program`.
    #[api(rename = "type", constant)]
    pub type_: ProgramLiteral,
    /// The call ID of the program item that produced this tool call.
    ///
    /// `1` to `64` characters.
    #[api(default)]
    pub caller_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The output from the function call generated by your code.
/// Can be a string or an list of output content.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FunctionToolCallOutputResourceOutput {
    AndCustomToolCallOutputList(Vec<InputContent>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `file_search_call`.
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
pub enum FileSearchCallLiteral {
    /// `file_search_call`
    #[default]
    FileSearchCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The status of the file search tool call. One of `in_progress`,
/// `searching`, `incomplete` or `failed`,
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FileSearchToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `searching`
    Searching,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `web_search_call`.
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
pub enum WebSearchCallLiteral {
    /// `web_search_call`
    #[default]
    WebSearchCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The status of the web search tool call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum WebSearchToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `searching`
    Searching,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// An object describing the specific action taken in this web search call.
/// Includes details on how the model used the web (search, open_page, find_in_page).
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum WebSearchToolCallAction {
    /// `search`
    #[api(tag = "search")]
    Search(WebSearchActionSearch),
    /// `open_page`
    #[api(tag = "open_page")]
    OpenPage(WebSearchActionOpenPage),
    /// `find_in_page`
    #[api(tag = "find_in_page")]
    FindInPage(WebSearchActionFind),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Action type "search" - Performs a web search query.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct WebSearchActionSearch {
    /// The action type.
    #[api(rename = "type", constant)]
    pub type_: SearchLiteral,
    /// The search query.
    #[deprecated(note = "Deprecated by the API.")]
    pub query: Option<String>,
    /// The search queries.
    pub queries: Option<Vec<String>>,
    /// The sources used in the search.
    pub sources: Option<Vec<WebSearchActionSearchSource>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `search`.
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
pub enum SearchLiteral {
    /// `search`
    #[default]
    Search,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A source used in the search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url))]
#[non_exhaustive]
pub struct WebSearchActionSearchSource {
    /// The type of source. Always `url`.
    #[api(rename = "type", constant)]
    pub type_: UrlLiteral,
    /// The URL of the source.
    #[api(default)]
    pub url: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chatkit",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `url`.
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
pub enum UrlLiteral {
    /// `url`
    #[default]
    Url,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Action type "open_page" - Opens a specific URL from search results.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct WebSearchActionOpenPage {
    /// The action type.
    #[api(rename = "type", constant)]
    pub type_: OpenPageLiteral,
    /// The URL opened by the model.
    pub url: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `open_page`.
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
pub enum OpenPageLiteral {
    /// `open_page`
    #[default]
    OpenPage,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Action type "find_in_page": Searches for a pattern within a loaded page.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url, pattern))]
#[non_exhaustive]
pub struct WebSearchActionFind {
    /// The action type.
    #[api(rename = "type", constant)]
    pub type_: FindInPageLiteral,
    /// The URL of the page searched for the pattern.
    #[api(default)]
    pub url: String,
    /// The pattern or text to search for within the page.
    #[api(default)]
    pub pattern: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `find_in_page`.
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
pub enum FindInPageLiteral {
    /// `find_in_page`
    #[default]
    FindInPage,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `image_generation_call`.
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
pub enum ImageGenerationCallLiteral {
    /// `image_generation_call`
    #[default]
    ImageGenerationCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The status of the image generation call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `generating`
    Generating,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `tool_search_call`.
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
pub enum ToolSearchCallLiteral {
    /// `tool_search_call`
    #[default]
    ToolSearchCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ToolSearchExecutionType {
    /// `server`
    Server,
    /// `client`
    #[api(rename = "client")]
    ClientType,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `tool_search_output`.
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
pub enum ToolSearchOutputLiteral {
    /// `tool_search_output`
    #[default]
    ToolSearchOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct FunctionTool {
    /// The type of the function tool. Always `function`.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    /// The name of the function to call.
    #[api(default)]
    pub name: String,
    /// A description of the function. Used by the model to determine whether or not to call the function.
    pub description: Option<String>,
    /// A JSON schema object describing the parameters of the function.
    #[api(nullable)]
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
    /// A JSON schema object describing the JSON value encoded in string outputs for this function.
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether strict parameter validation is enforced for this function tool.
    #[api(nullable)]
    pub strict: Option<bool>,
    /// Whether this function is deferred and loaded via tool search.
    pub defer_loading: Option<bool>,
    /// The tool invocation context(s).
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(vector_store_ids))]
#[non_exhaustive]
pub struct FileSearchTool {
    /// The type of the file search tool. Always `file_search`.
    #[api(rename = "type", constant)]
    pub type_: FileSearchLiteral,
    /// The IDs of the vector stores to search.
    #[api(default)]
    pub vector_store_ids: Vec<String>,
    /// The maximum number of results to return. This number should be between 1 and 50 inclusive.
    pub max_num_results: Option<i64>,
    /// Ranking options for search.
    pub ranking_options: Option<RankingOptions>,
    /// A filter to apply.
    pub filters: Option<Box<Filters>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RankingOptions {
    /// The ranker to use for the file search.
    pub ranker: Option<RankerVersionType>,
    /// The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results.
    pub score_threshold: Option<f64>,
    /// Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled.
    pub hybrid_search: Option<HybridSearchOptions>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RankerVersionType {
    /// `auto`
    Auto,
    /// `default-2024-11-15`
    #[api(rename = "default-2024-11-15")]
    Default20241115,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(embedding_weight, text_weight))]
#[non_exhaustive]
pub struct HybridSearchOptions {
    /// The weight of the embedding in the reciprocal ranking fusion.
    #[api(default)]
    pub embedding_weight: f64,
    /// The weight of the text in the reciprocal ranking fusion.
    #[api(default)]
    pub text_weight: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum Filters {
    /// `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`
    #[api(
        tag = "eq",
        tag = "ne",
        tag = "gt",
        tag = "gte",
        tag = "lt",
        tag = "lte",
        tag = "in",
        tag = "nin"
    )]
    EqType(ComparisonFilter),
    /// `and`, `or`
    #[api(tag = "and", tag = "or")]
    And(CompoundFilter),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ComputerTool {
    /// The type of the computer tool. Always `computer`.
    #[api(rename = "type", constant)]
    pub type_: ComputerLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `computer`.
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
pub enum ComputerLiteral {
    /// `computer`
    #[default]
    Computer,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(environment, display_width, display_height))]
#[non_exhaustive]
pub struct ComputerUsePreviewTool {
    /// The type of the computer use tool. Always `computer_use_preview`.
    #[api(rename = "type", constant)]
    pub type_: ComputerUsePreviewLiteral,
    /// The type of computer environment to control.
    #[api(default)]
    pub environment: ComputerEnvironment,
    /// The width of the computer display.
    #[api(default)]
    pub display_width: i64,
    /// The height of the computer display.
    #[api(default)]
    pub display_height: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `computer_use_preview`.
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
pub enum ComputerUsePreviewLiteral {
    /// `computer_use_preview`
    #[default]
    ComputerUsePreview,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ComputerEnvironment {
    /// `windows`
    Windows,
    /// `mac`
    Mac,
    /// `linux`
    Linux,
    /// `ubuntu`
    Ubuntu,
    /// `browser`
    Browser,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Search the Internet for sources related to the prompt. Learn more about the
/// [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct WebSearchTool {
    /// The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.
    #[api(rename = "type", default)]
    pub type_: WebSearchToolType,
    /// Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in offline/cache-only mode and will not fetch new external content.
    pub external_web_access: Option<bool>,
    /// Filters for the search.
    pub filters: Option<WebSearchToolFilters>,
    /// The approximate location of the user.
    pub user_location: Option<Box<WebSearchApproximateLocation>>,
    /// High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.
    pub search_context_size: Option<WebSearchContextSize>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum WebSearchToolType {
    /// `web_search`
    #[default]
    WebSearch,
    /// `web_search_2025_08_26`
    #[api(rename = "web_search_2025_08_26")]
    WebSearch20250826,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Filters for the search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct WebSearchToolFilters {
    /// Allowed domains for the search. If not provided, all domains are allowed.
    /// Subdomains of the provided domains are allowed as well.
    ///
    /// Example: `["pubmed.ncbi.nlm.nih.gov"]`
    pub allowed_domains: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The approximate location of the user.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct WebSearchApproximateLocation {
    /// The type of location approximation. Always `approximate`.
    #[api(rename = "type")]
    pub type_: Option<ApproximateLiteral>,
    /// The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`.
    pub country: Option<String>,
    /// Free text input for the region of the user, e.g. `California`.
    pub region: Option<String>,
    /// Free text input for the city of the user, e.g. `San Francisco`.
    pub city: Option<String>,
    /// The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`.
    pub timezone: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `approximate`.
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
pub enum ApproximateLiteral {
    /// `approximate`
    #[default]
    Approximate,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The constant `mcp`.
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
pub enum McpLiteral {
    /// `mcp`
    #[default]
    Mcp,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Identifier for service connectors, like those available in ChatGPT. One of
/// `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
/// about service connectors [here](https://platform.openai.com/docs/guides/tools-remote-mcp#connectors).
///
/// Currently supported `connector_id` values are:
///
/// - Dropbox: `connector_dropbox`
/// - Gmail: `connector_gmail`
/// - Google Calendar: `connector_googlecalendar`
/// - Google Drive: `connector_googledrive`
/// - Microsoft Teams: `connector_microsoftteams`
/// - Outlook Calendar: `connector_outlookcalendar`
/// - Outlook Email: `connector_outlookemail`
/// - SharePoint: `connector_sharepoint`
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum McpToolConnectorId {
    /// `connector_dropbox`
    ConnectorDropbox,
    /// `connector_gmail`
    ConnectorGmail,
    /// `connector_googlecalendar`
    ConnectorGooglecalendar,
    /// `connector_googledrive`
    ConnectorGoogledrive,
    /// `connector_microsoftteams`
    ConnectorMicrosoftteams,
    /// `connector_outlookcalendar`
    ConnectorOutlookcalendar,
    /// `connector_outlookemail`
    ConnectorOutlookemail,
    /// `connector_sharepoint`
    ConnectorSharepoint,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// List of allowed tool names or a filter object.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum McpToolAllowedTools {
    Filter(McpToolFilter),
    StringList(Vec<String>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// A filter object to specify which tools are allowed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct McpToolFilter {
    /// List of allowed tool names.
    pub tool_names: Option<Vec<String>>,
    /// Indicates whether or not a tool modifies data or is read-only. If an
    /// MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    /// it will match this filter.
    pub read_only: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Specify which of the MCP server's tools require approval. Can be
/// `always`, `never`, or a filter object associated with tools
/// that require approval.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct McpToolRequireApprovalMcpToolApprovalFilter {
    /// A filter object to specify which tools are allowed.
    pub always: Option<McpToolFilter>,
    /// A filter object to specify which tools are allowed.
    pub never: Option<McpToolFilter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Specify a single approval policy for all tools. One of `always` or
/// `never`. When set to `always`, all tools will require approval. When
/// set to `never`, all tools will not require approval.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum McpToolRequireApprovalMcpToolApprovalSetting {
    /// `always`
    Always,
    /// `never`
    Never,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ProgrammaticToolCallingParam {
    /// The type of the tool. Always `programmatic_tool_calling`.
    #[api(rename = "type", constant)]
    pub type_: ProgrammaticToolCallingLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `programmatic_tool_calling`.
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
pub enum ProgrammaticToolCallingLiteral {
    /// `programmatic_tool_calling`
    #[default]
    ProgrammaticToolCalling,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that generates images using the GPT image models.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ImageGenTool {
    /// The type of the image generation tool. Always `image_generation`.
    #[api(rename = "type", constant)]
    pub type_: ImageGenerationLiteral,
    pub model: Option<ImageGenToolModel>,
    /// The quality of the generated image. One of `low`, `medium`, `high`,
    /// or `auto`. Default: `auto`.
    pub quality: Option<ImageGenToolQuality>,
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    pub size: Option<ImageGenToolSize>,
    /// The output format of the generated image. One of `png`, `webp`, or
    /// `jpeg`. Default: `png`.
    pub output_format: Option<ImageGenToolOutputFormat>,
    /// Compression level for the output image. Default: 100.
    pub output_compression: Option<i64>,
    /// Moderation level for the generated image. Default: `auto`.
    pub moderation: Option<ImageGenToolModeration>,
    /// Set the background of the generated image. One of `transparent`,
    /// `opaque`, or `auto`. Transparent backgrounds are available for
    /// supported GPT Image models. For `gpt-image-2` and
    /// `gpt-image-2-2026-04-21`, this support is in preview. When using
    /// `transparent`, set the output format to `png` or `webp`. Default: `auto`.
    pub background: Option<ImageGenToolBackground>,
    /// Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
    pub input_fidelity: Option<InputFidelity>,
    /// Optional mask for inpainting. Contains `image_url`
    /// (string, optional) and `file_id` (string, optional).
    pub input_image_mask: Option<ImageGenToolInputImageMask>,
    /// Number of partial images to generate in streaming mode, from 0 (default value) to 3.
    pub partial_images: Option<i64>,
    /// Whether to generate a new image or edit an existing image. Default: `auto`.
    pub action: Option<ImageGenActionEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `image_generation`.
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
pub enum ImageGenerationLiteral {
    /// `image_generation`
    #[default]
    ImageGeneration,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolModel {
    /// `gpt-image-1`
    #[api(rename = "gpt-image-1")]
    GptImage1,
    /// `gpt-image-1-mini`
    #[api(rename = "gpt-image-1-mini")]
    GptImage1Mini,
    /// `gpt-image-1.5`
    #[api(rename = "gpt-image-1.5")]
    GptImage15,
    /// `gpt-image-2`
    #[api(rename = "gpt-image-2")]
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    #[api(rename = "gpt-image-2-2026-04-21")]
    GptImage220260421,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The quality of the generated image. One of `low`, `medium`, `high`,
/// or `auto`. Default: `auto`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolQuality {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolSize {
    /// `1024x1024`
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1024x1536`
    #[api(rename = "1024x1536")]
    V1024x1536,
    /// `1536x1024`
    #[api(rename = "1536x1024")]
    V1536x1024,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The output format of the generated image. One of `png`, `webp`, or
/// `jpeg`. Default: `png`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolOutputFormat {
    /// `png`
    #[default]
    Png,
    /// `webp`
    Webp,
    /// `jpeg`
    Jpeg,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Moderation level for the generated image. Default: `auto`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolModeration {
    /// `auto`
    #[default]
    Auto,
    /// `low`
    Low,
    /// A value this version of the SDK does not know.
    Other(String),
}
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
/// Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum InputFidelity {
    /// `high`
    High,
    /// `low`
    Low,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Optional mask for inpainting. Contains `image_url`
/// (string, optional) and `file_id` (string, optional).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ImageGenToolInputImageMask {
    /// Base64-encoded mask image.
    pub image_url: Option<String>,
    /// File ID for the mask image.
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ImageGenActionEnum {
    /// `generate`
    Generate,
    /// `edit`
    Edit,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that allows the model to execute shell commands in a local environment.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct LocalShellToolParam {
    /// The type of the local shell tool. Always `local_shell`.
    #[api(rename = "type", constant)]
    pub type_: LocalShellLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `local_shell`.
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
pub enum LocalShellLiteral {
    /// `local_shell`
    #[default]
    LocalShell,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that allows the model to execute shell commands.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FunctionShellToolParam {
    /// The type of the shell tool. Always `shell`.
    #[api(rename = "type", constant)]
    pub type_: ShellLiteral,
    pub environment: Option<Box<FunctionShellToolParamEnvironment>>,
    /// The tool invocation context(s).
    ///
    /// At least `1` items.
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `shell`.
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
pub enum ShellLiteral {
    /// `shell`
    #[default]
    Shell,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum FunctionShellToolParamEnvironment {
    /// `container_auto`
    #[api(tag = "container_auto")]
    ContainerAuto(ContainerAutoParam),
    /// `local`
    #[api(tag = "local")]
    Local(LocalEnvironmentParam),
    /// `container_reference`
    #[api(tag = "container_reference")]
    ContainerReference(ContainerReferenceParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ContainerAutoParam {
    /// Automatically creates a container for this request
    ///
    /// Defaults to `container_auto`.
    #[api(rename = "type", constant)]
    pub type_: ContainerAutoLiteral,
    /// An optional list of uploaded files to make available to your code.
    ///
    /// At most `50` items.
    pub file_ids: Option<Vec<String>>,
    /// The memory limit for the container.
    pub memory_limit: Option<ContainerMemoryLimit>,
    /// Network access policy for the container.
    pub network_policy: Option<ContainerAutoParamNetworkPolicy>,
    /// An optional list of skills referenced by id or inline data.
    ///
    /// At most `200` items.
    pub skills: Option<Vec<ContainerAutoParamSkill>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `container_auto`.
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
pub enum ContainerAutoLiteral {
    /// `container_auto`
    #[default]
    ContainerAuto,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(skill_id))]
#[non_exhaustive]
pub struct SkillReferenceParam {
    /// References a skill created with the /v1/skills endpoint.
    ///
    /// Defaults to `skill_reference`.
    #[api(rename = "type", constant)]
    pub type_: SkillReferenceLiteral,
    /// The ID of the referenced skill.
    ///
    /// `1` to `64` characters.
    #[api(default)]
    pub skill_id: String,
    /// Optional skill version. Use a positive integer or 'latest'. Omit for default.
    pub version: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `skill_reference`.
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
pub enum SkillReferenceLiteral {
    /// `skill_reference`
    #[default]
    SkillReference,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, description, source))]
#[non_exhaustive]
pub struct InlineSkillParam {
    /// Defines an inline skill for this request.
    #[api(rename = "type", constant)]
    pub type_: InlineLiteral,
    /// The name of the skill.
    #[api(default)]
    pub name: String,
    /// The description of the skill.
    #[api(default)]
    pub description: String,
    /// Inline skill payload
    #[api(default)]
    pub source: InlineSkillSourceParam,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `inline`.
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
pub enum InlineLiteral {
    /// `inline`
    #[default]
    Inline,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Inline skill payload
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct InlineSkillSourceParam {
    /// The type of the inline skill source. Must be `base64`.
    #[api(rename = "type", constant)]
    pub type_: Base64Literal,
    /// The media type of the inline skill payload. Must be `application/zip`.
    #[api(constant)]
    pub media_type: ApplicationZipLiteral,
    /// Base64-encoded skill zip bundle.
    ///
    /// `1` to `70254592` characters.
    #[api(default)]
    pub data: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `base64`.
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
pub enum Base64Literal {
    /// `base64`
    #[default]
    Base64,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `application/zip`.
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
pub enum ApplicationZipLiteral {
    /// `application/zip`
    #[default]
    #[api(rename = "application/zip")]
    ApplicationZip,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct LocalEnvironmentParam {
    /// Use a local computer environment.
    #[api(rename = "type", constant)]
    pub type_: LocalLiteral,
    /// An optional list of skills.
    ///
    /// At most `200` items.
    pub skills: Option<Vec<LocalSkillParam>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `local`.
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
pub enum LocalLiteral {
    /// `local`
    #[default]
    Local,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, description, path))]
#[non_exhaustive]
pub struct LocalSkillParam {
    /// The name of the skill.
    #[api(default)]
    pub name: String,
    /// The description of the skill.
    #[api(default)]
    pub description: String,
    /// The path to the directory containing the skill.
    #[api(default)]
    pub path: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(container_id))]
#[non_exhaustive]
pub struct ContainerReferenceParam {
    /// References a container created with the /v1/containers endpoint
    ///
    /// Defaults to `container_reference`.
    #[api(rename = "type", constant)]
    pub type_: ContainerReferenceLiteral,
    /// The ID of the referenced container.
    #[api(default)]
    pub container_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `container_reference`.
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
pub enum ContainerReferenceLiteral {
    /// `container_reference`
    #[default]
    ContainerReference,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A custom tool that processes input using a specified format. Learn more about   [custom tools](https://platform.openai.com/docs/guides/function-calling#custom-tools)
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct CustomToolParam {
    /// The type of the custom tool. Always `custom`.
    #[api(rename = "type", constant)]
    pub type_: CustomLiteral,
    /// The name of the custom tool, used to identify it in tool calls.
    #[api(default)]
    pub name: String,
    /// Optional description of the custom tool, used to provide more context.
    pub description: Option<String>,
    /// The input format for the custom tool. Default is unconstrained text.
    pub format: Option<CustomToolParamFormat>,
    /// Whether this tool should be deferred and discovered via tool search.
    pub defer_loading: Option<bool>,
    /// The tool invocation context(s).
    ///
    /// At least `1` items.
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The input format for the custom tool. Default is unconstrained text.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CustomToolParamFormat {
    /// `text`
    #[api(tag = "text")]
    Text(CustomTextFormatParam),
    /// `grammar`
    #[api(tag = "grammar")]
    Grammar(CustomGrammarFormatParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Unconstrained free-form text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CustomTextFormatParam {
    /// Unconstrained text format. Always `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A grammar defined by the user.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(syntax, definition))]
#[non_exhaustive]
pub struct CustomGrammarFormatParam {
    /// Grammar format. Always `grammar`.
    #[api(rename = "type", constant)]
    pub type_: GrammarLiteral,
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    #[api(default)]
    pub syntax: GrammarSyntax1,
    /// The grammar definition.
    #[api(default)]
    pub definition: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `grammar`.
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
pub enum GrammarLiteral {
    /// `grammar`
    #[default]
    Grammar,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum GrammarSyntax1 {
    /// `lark`
    Lark,
    /// `regex`
    Regex,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `namespace`.
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
pub enum NamespaceLiteral {
    /// `namespace`
    #[default]
    Namespace,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `tool_search`.
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
pub enum ToolSearchLiteral {
    /// `tool_search`
    #[default]
    ToolSearch,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct WebSearchPreviewTool {
    /// The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.
    #[api(rename = "type", default)]
    pub type_: WebSearchPreviewToolType,
    /// The user's location.
    pub user_location: Option<Box<ApproximateLocation>>,
    /// High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.
    pub search_context_size: Option<SearchContextSize>,
    pub search_content_types: Option<Vec<SearchContentType>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum WebSearchPreviewToolType {
    /// `web_search_preview`
    #[default]
    WebSearchPreview,
    /// `web_search_preview_2025_03_11`
    #[api(rename = "web_search_preview_2025_03_11")]
    WebSearchPreview20250311,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ApproximateLocation {
    /// The type of location approximation. Always `approximate`.
    #[api(rename = "type", constant)]
    pub type_: ApproximateLiteral,
    /// The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`.
    pub country: Option<String>,
    /// Free text input for the region of the user, e.g. `California`.
    pub region: Option<String>,
    /// Free text input for the city of the user, e.g. `San Francisco`.
    pub city: Option<String>,
    /// The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`.
    pub timezone: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum SearchContextSize {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum SearchContentType {
    /// `text`
    Text,
    /// `image`
    Image,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Allows the assistant to create, delete, or update files using unified diffs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ApplyPatchToolParam {
    /// The type of the tool. Always `apply_patch`.
    #[api(rename = "type", constant)]
    pub type_: ApplyPatchLiteral,
    /// The tool invocation context(s).
    ///
    /// At least `1` items.
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `apply_patch`.
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
pub enum ApplyPatchLiteral {
    /// `apply_patch`
    #[default]
    ApplyPatch,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `additional_tools`.
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
pub enum AdditionalToolsLiteral {
    /// `additional_tools`
    #[default]
    AdditionalTools,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `reasoning`.
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
pub enum ReasoningLiteral {
    /// `reasoning`
    #[default]
    Reasoning,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `program_output`.
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
pub enum ProgramOutputLiteral {
    /// `program_output`
    #[default]
    ProgramOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ProgramOutputStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `compaction`.
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
pub enum CompactionLiteral {
    /// `compaction`
    #[default]
    Compaction,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `local_shell_call`.
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
pub enum LocalShellCallLiteral {
    /// `local_shell_call`
    #[default]
    LocalShellCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Execute a shell command on the server.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(command, env))]
#[non_exhaustive]
pub struct LocalShellExecAction {
    /// The type of the local shell action. Always `exec`.
    #[api(rename = "type", constant)]
    pub type_: ExecLiteral,
    /// The command to run.
    #[api(default)]
    pub command: Vec<String>,
    /// Optional timeout in milliseconds for the command.
    pub timeout_ms: Option<i64>,
    /// Optional working directory to run the command in.
    pub working_directory: Option<String>,
    /// Environment variables to set for the command.
    #[api(default)]
    pub env: std::collections::BTreeMap<String, String>,
    /// Optional user to run the command as.
    pub user: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `exec`.
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
pub enum ExecLiteral {
    /// `exec`
    #[default]
    Exec,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `local_shell_call_output`.
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
pub enum LocalShellCallOutputLiteral {
    /// `local_shell_call_output`
    #[default]
    LocalShellCallOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `shell_call`.
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
pub enum ShellCallLiteral {
    /// `shell_call`
    #[default]
    ShellCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Execute a shell command.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(commands))]
#[non_exhaustive]
pub struct FunctionShellAction {
    #[api(default)]
    pub commands: Vec<String>,
    /// Optional timeout in milliseconds for the commands.
    #[api(nullable)]
    pub timeout_ms: Option<i64>,
    /// Optional maximum number of characters to return from each command.
    #[api(nullable)]
    pub max_output_length: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum FunctionShellCallEnvironment {
    /// `local`
    #[api(tag = "local")]
    Local(LocalEnvironmentResource),
    /// `container_reference`
    #[api(tag = "container_reference")]
    ContainerReference(ContainerReferenceResource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Represents the use of a local environment to perform shell actions.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct LocalEnvironmentResource {
    /// The environment type. Always `local`.
    #[api(rename = "type", constant)]
    pub type_: LocalLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Represents a container created with /v1/containers.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(container_id))]
#[non_exhaustive]
pub struct ContainerReferenceResource {
    /// The environment type. Always `container_reference`.
    #[api(rename = "type", constant)]
    pub type_: ContainerReferenceLiteral,
    #[api(default)]
    pub container_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `shell_call_output`.
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
pub enum ShellCallOutputLiteral {
    /// `shell_call_output`
    #[default]
    ShellCallOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The content of a shell tool call output that was emitted.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(stdout, stderr, outcome))]
#[non_exhaustive]
pub struct FunctionShellCallOutputContent {
    /// The standard output that was captured.
    #[api(default)]
    pub stdout: String,
    /// The standard error output that was captured.
    #[api(default)]
    pub stderr: String,
    /// Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk.
    pub outcome: FunctionShellCallOutputContentOutcome,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum FunctionShellCallOutputContentOutcome {
    /// `timeout`
    #[api(tag = "timeout")]
    Timeout(FunctionShellCallOutputTimeoutOutcome),
    /// `exit`
    #[api(tag = "exit")]
    Exit(FunctionShellCallOutputExitOutcome),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Indicates that the shell call exceeded its configured time limit.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FunctionShellCallOutputTimeoutOutcome {
    /// The outcome type. Always `timeout`.
    #[api(rename = "type", constant)]
    pub type_: TimeoutLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `timeout`.
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
pub enum TimeoutLiteral {
    /// `timeout`
    #[default]
    Timeout,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Indicates that the shell commands finished and returned an exit code.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(exit_code))]
#[non_exhaustive]
pub struct FunctionShellCallOutputExitOutcome {
    /// The outcome type. Always `exit`.
    #[api(rename = "type", constant)]
    pub type_: ExitLiteral,
    /// Exit code from the shell process.
    #[api(default)]
    pub exit_code: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `exit`.
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
pub enum ExitLiteral {
    /// `exit`
    #[default]
    Exit,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `apply_patch_call`.
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
pub enum ApplyPatchCallLiteral {
    /// `apply_patch_call`
    #[default]
    ApplyPatchCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chatkit",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ApplyPatchCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// One of the create_file, delete_file, or update_file operations applied via apply_patch.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ApplyPatchToolCallOperation {
    /// `create_file`
    #[api(tag = "create_file")]
    CreateFile(ApplyPatchCreateFileOperation),
    /// `delete_file`
    #[api(tag = "delete_file")]
    DeleteFile(ApplyPatchDeleteFileOperation),
    /// `update_file`
    #[api(tag = "update_file")]
    UpdateFile(ApplyPatchUpdateFileOperation),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Instruction describing how to create a file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path, diff))]
#[non_exhaustive]
pub struct ApplyPatchCreateFileOperation {
    /// Create a new file with the provided diff.
    ///
    /// Defaults to `create_file`.
    #[api(rename = "type", constant)]
    pub type_: CreateFileLiteral,
    /// Path of the file to create.
    #[api(default)]
    pub path: String,
    /// Diff to apply.
    #[api(default)]
    pub diff: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `create_file`.
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
pub enum CreateFileLiteral {
    /// `create_file`
    #[default]
    CreateFile,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Instruction describing how to delete a file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path))]
#[non_exhaustive]
pub struct ApplyPatchDeleteFileOperation {
    /// Delete the specified file.
    ///
    /// Defaults to `delete_file`.
    #[api(rename = "type", constant)]
    pub type_: DeleteFileLiteral,
    /// Path of the file to delete.
    #[api(default)]
    pub path: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `delete_file`.
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
pub enum DeleteFileLiteral {
    /// `delete_file`
    #[default]
    DeleteFile,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Instruction describing how to update a file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path, diff))]
#[non_exhaustive]
pub struct ApplyPatchUpdateFileOperation {
    /// Update an existing file with the provided diff.
    ///
    /// Defaults to `update_file`.
    #[api(rename = "type", constant)]
    pub type_: UpdateFileLiteral,
    /// Path of the file to update.
    #[api(default)]
    pub path: String,
    /// Diff to apply.
    #[api(default)]
    pub diff: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `update_file`.
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
pub enum UpdateFileLiteral {
    /// `update_file`
    #[default]
    UpdateFile,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `apply_patch_call_output`.
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
pub enum ApplyPatchCallOutputLiteral {
    /// `apply_patch_call_output`
    #[default]
    ApplyPatchCallOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ApplyPatchCallOutputStatus {
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `mcp_list_tools`.
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
pub enum McpListToolsLiteral {
    /// `mcp_list_tools`
    #[default]
    McpListTools,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool available on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, input_schema))]
#[non_exhaustive]
pub struct McpListToolsTool {
    /// The name of the tool.
    #[api(default)]
    pub name: String,
    /// The description of the tool.
    pub description: Option<String>,
    /// The JSON schema describing the tool's input.
    #[api(default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Additional annotations about the tool.
    pub annotations: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `mcp_approval_request`.
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
pub enum McpApprovalRequestLiteral {
    /// `mcp_approval_request`
    #[default]
    McpApprovalRequest,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `mcp_approval_response`.
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
pub enum McpApprovalResponseLiteral {
    /// `mcp_approval_response`
    #[default]
    McpApprovalResponse,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `mcp_call`.
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
pub enum McpCallLiteral {
    /// `mcp_call`
    #[default]
    McpCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum McpToolCallError {
    /// `mcp_protocol_error`
    #[api(tag = "mcp_protocol_error")]
    McpProtocolError(McpProtocolError),
    /// `mcp_tool_execution_error`
    #[api(tag = "mcp_tool_execution_error")]
    McpToolExecutionError(McpToolExecutionError),
    /// `http_error`
    #[api(tag = "http_error")]
    HttpError(HttpError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct McpProtocolError {
    /// Defaults to `mcp_protocol_error`.
    #[api(rename = "type", constant)]
    pub type_: McpProtocolErrorLiteral,
    #[api(default)]
    pub code: i64,
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `mcp_protocol_error`.
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
pub enum McpProtocolErrorLiteral {
    /// `mcp_protocol_error`
    #[default]
    McpProtocolError,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(content))]
#[non_exhaustive]
pub struct McpToolExecutionError {
    /// Defaults to `mcp_tool_execution_error`.
    #[api(rename = "type", constant)]
    pub type_: McpToolExecutionErrorLiteral,
    #[api(default)]
    pub content: serde_json::Value,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `mcp_tool_execution_error`.
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
pub enum McpToolExecutionErrorLiteral {
    /// `mcp_tool_execution_error`
    #[default]
    McpToolExecutionError,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct HttpError {
    /// Defaults to `http_error`.
    #[api(rename = "type", constant)]
    pub type_: HttpErrorLiteral,
    #[api(default)]
    pub code: i64,
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `http_error`.
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
pub enum HttpErrorLiteral {
    /// `http_error`
    #[default]
    HttpError,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum McpToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `calling`
    Calling,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `custom_tool_call`.
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
pub enum CustomToolCallLiteral {
    /// `custom_tool_call`
    #[default]
    CustomToolCall,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `custom_tool_call_output`.
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
pub enum CustomToolCallOutputLiteral {
    /// `custom_tool_call_output`
    #[default]
    CustomToolCallOutput,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The output from the custom tool call generated by your code.
/// Can be a string or an list of output content.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CustomToolCallOutputOutput {
    FunctionAndCustomToolCallOutputList(Vec<InputContent>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
/// Input items and output items from this response are automatically added to this conversation after this response completes.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ConversationParam {
    Param2(ConversationParam2),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The conversation that this response belongs to.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[api(strict)]
pub struct ConversationParam2 {
    /// The unique ID of the conversation.
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Deprecated. Use `prompt_cache_options.ttl` instead.
///
/// The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention).
/// This field expresses a maximum retention policy, while
/// `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two
/// fields are independent and do not interact.
/// For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.
///
/// For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy:
/// - Organizations without ZDR enabled default to `24h`.
/// - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateChatCompletionRequestPromptCacheRetention {
    /// `in_memory`
    InMemory,
    /// `24h`
    #[api(rename = "24h")]
    V24h,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current details.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct PromptCacheOptionsParam {
    /// The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. Defaults to `30m`, which is currently the only supported value. The backend may retain cache entries for longer.
    pub ttl: Option<PromptCacheTtlEnum>,
    /// Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to `implicit`. With `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest three explicit breakpoints in the request. With `explicit`, OpenAI does not create an implicit breakpoint and writes up to the latest four explicit breakpoints. If there are no explicit breakpoints, the request does not use prompt caching.
    pub mode: Option<PromptCacheModeEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
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
pub enum PromptCacheTtlEnum {
    /// `30m`
    #[default]
    #[api(rename = "30m")]
    V30m,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum PromptCacheModeEnum {
    /// `implicit`
    Implicit,
    /// `explicit`
    Explicit,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Constrains the verbosity of the model's response. Lower values will result in
/// more concise responses, while higher values will result in more verbose responses.
/// Currently supported values are `low`, `medium`, and `high`. The default is
/// `medium`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum Verbosity {
    /// `low`
    Low,
    /// `medium`
    #[default]
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// High level guidance for the amount of context window space to use for the
/// search. One of `low`, `medium`, or `high`. `medium` is the default.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum WebSearchContextSize {
    /// `low`
    Low,
    /// `medium`
    #[default]
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Configuration for running moderation on the input and output of this response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model))]
pub struct ModerationParam {
    /// The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'.
    #[api(default)]
    pub model: String,
    /// The policy to apply to moderated response input and output.
    pub policy: Option<ModerationPolicyParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The policy to apply to moderated response input and output.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModerationPolicyParam {
    /// The moderation policy for the response input.
    pub input: Option<ModerationConfigParam>,
    /// The moderation policy for the response output.
    pub output: Option<ModerationConfigParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The moderation policy for the response input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mode))]
pub struct ModerationConfigParam {
    #[api(default)]
    pub mode: ModerationMode,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ModerationMode {
    /// `score`
    Score,
    /// `block`
    Block,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses"
    )
)]
/// The role of the message input. One of `user`, `assistant`, `system`, or
/// `developer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum EasyInputMessageRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// `developer`
    Developer,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
/// For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
/// phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessagePhase {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `item_reference`.
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
pub enum ItemReferenceLiteral {
    /// `item_reference`
    #[default]
    ItemReference,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// How the model should select which tool (or tools) to use when generating
/// a response. See the `tools` parameter to see how to specify which tools
/// the model can call.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ToolChoiceParam {
    Allowed(ToolChoiceAllowed),
    Mcp(ToolChoiceMcp),
    Function(ToolChoiceFunction),
    Custom(ToolChoiceCustom),
    Types(ToolChoiceTypes),
    SpecificProgrammaticToolCallingParam(SpecificProgrammaticToolCallingParam),
    SpecificApplyPatchParam(SpecificApplyPatchParam),
    SpecificFunctionShellParam(SpecificFunctionShellParam),
    #[api(from_str)]
    Options(ToolChoiceOptions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Controls which (if any) tool is called by the model.
///
/// `none` means the model will not call any tool and instead generates a message.
///
/// `auto` means the model can pick between generating a message or calling one or
/// more tools.
///
/// `required` means the model must call one or more tools.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ToolChoiceOptions {
    /// `none`
    #[api(rename = "none")]
    NoneType,
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Constrains the tools available to the model to a pre-defined set.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mode, tools))]
#[api(strict)]
#[non_exhaustive]
pub struct ToolChoiceAllowed {
    /// Allowed tool configuration type. Always `allowed_tools`.
    #[api(rename = "type", constant)]
    pub type_: AllowedToolsLiteral,
    /// Constrains the tools available to the model to a pre-defined set.
    ///
    /// `auto` allows the model to pick from among the allowed tools and generate a
    /// message.
    ///
    /// `required` requires the model to call one or more of the allowed tools.
    pub mode: ChatCompletionAllowedToolsMode,
    /// A list of tool definitions that the model should be allowed to call.
    ///
    /// For the Responses API, the list of tool definitions might look like:
    /// ```text
    /// [
    ///   { "type": "function", "name": "get_weather" },
    ///   { "type": "mcp", "server_label": "deepwiki" },
    ///   { "type": "image_generation" }
    /// ]
    /// ```
    pub tools: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Indicates that the model should use a built-in tool to generate a response.
/// [Learn more about built-in tools](https://platform.openai.com/docs/guides/tools).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[api(strict)]
#[non_exhaustive]
pub struct ToolChoiceTypes {
    /// The type of hosted tool the model should to use. Learn more about
    /// [built-in tools](https://platform.openai.com/docs/guides/tools).
    ///
    /// Allowed values are:
    /// - `file_search`
    /// - `web_search_preview`
    /// - `computer`
    /// - `computer_use_preview`
    /// - `computer_use`
    /// - `code_interpreter`
    /// - `image_generation`
    #[api(rename = "type")]
    pub type_: ToolChoiceTypesType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The type of hosted tool the model should to use. Learn more about
/// [built-in tools](https://platform.openai.com/docs/guides/tools).
///
/// Allowed values are:
/// - `file_search`
/// - `web_search_preview`
/// - `computer`
/// - `computer_use_preview`
/// - `computer_use`
/// - `code_interpreter`
/// - `image_generation`
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ToolChoiceTypesType {
    /// `file_search`
    FileSearch,
    /// `web_search_preview`
    WebSearchPreview,
    /// `computer`
    Computer,
    /// `computer_use_preview`
    ComputerUsePreview,
    /// `computer_use`
    ComputerUse,
    /// `web_search_preview_2025_03_11`
    #[api(rename = "web_search_preview_2025_03_11")]
    WebSearchPreview20250311,
    /// `image_generation`
    ImageGeneration,
    /// `code_interpreter`
    CodeInterpreter,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Use this option to force the model to call a specific function.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[api(strict)]
#[non_exhaustive]
pub struct ToolChoiceFunction {
    /// For function calling, the type is always `function`.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    /// The name of the function to call.
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Use this option to force the model to call a specific tool on a remote MCP server.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(server_label))]
#[api(strict)]
#[non_exhaustive]
pub struct ToolChoiceMcp {
    /// For MCP tools, the type is always `mcp`.
    #[api(rename = "type", constant)]
    pub type_: McpLiteral,
    /// The label of the MCP server to use.
    pub server_label: String,
    /// The name of the tool to call on the server.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Use this option to force the model to call a specific custom tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[api(strict)]
#[non_exhaustive]
pub struct ToolChoiceCustom {
    /// For custom tool calling, the type is always `custom`.
    #[api(rename = "type", constant)]
    pub type_: CustomLiteral,
    /// The name of the custom tool to call.
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct SpecificProgrammaticToolCallingParam {
    /// The tool to call. Always `programmatic_tool_calling`.
    #[api(rename = "type", constant)]
    pub type_: ProgrammaticToolCallingLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Forces the model to call the apply_patch tool when executing a tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct SpecificApplyPatchParam {
    /// The tool to call. Always `apply_patch`.
    #[api(rename = "type", constant)]
    pub type_: ApplyPatchLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Forces the model to call the shell tool when a tool call is required.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct SpecificFunctionShellParam {
    /// The tool to call. Always `shell`.
    #[api(rename = "type", constant)]
    pub type_: ShellLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Specifies the processing type used for serving the request.
/// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
/// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
/// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
/// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
/// - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`.
/// - When not set, the default behavior is 'auto'.
///
/// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ServiceTierResponses {
    /// `auto`
    #[default]
    Auto,
    /// `default`
    #[api(rename = "default")]
    DefaultType,
    /// `flex`
    Flex,
    /// `scale`
    Scale,
    /// `priority`
    Priority,
    /// `fast`
    Fast,
    /// `ultrafast`
    Ultrafast,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The truncation strategy to use for the model response.
/// - `auto`: If the input to this Response exceeds
///   the model's context window size, the model will truncate the
///   response to fit the context window by dropping items from the beginning of the conversation.
/// - `disabled` (default): If the input size will exceed the context window
///   size for a model, the request will fail with a 400 error.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateResponseTruncation {
    /// `auto`
    Auto,
    /// `disabled`
    #[default]
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// **gpt-5 and o-series models only**
///
/// Configuration options for
/// [reasoning models](https://platform.openai.com/docs/guides/reasoning).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct Reasoning {
    /// Controls the reasoning execution mode for the request.
    ///
    /// When returned on a response, this is the effective execution mode.
    pub mode: Option<ReasoningModeEnum>,
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub effort: Option<ReasoningEffort>,
    /// A summary of the reasoning performed by the model. This can be
    /// useful for debugging and understanding the model's reasoning process.
    /// One of `auto`, `concise`, or `detailed`.
    ///
    /// `concise` is supported for `computer-use-preview` models and all reasoning models after `gpt-5`.
    pub summary: Option<ReasoningSummary>,
    /// Controls which reasoning items are rendered back to the model on later turns.
    /// If omitted or set to `auto`, the model determines the context mode. The
    /// `gpt-5.6` model family defaults to `all_turns`; earlier models default to
    /// `current_turn`.
    ///
    /// When returned on a response, this is the effective reasoning context mode
    /// used for the response.
    pub context: Option<ReasoningContext>,
    /// **Deprecated:** use `summary` instead.
    ///
    /// A summary of the reasoning performed by the model. This can be
    /// useful for debugging and understanding the model's reasoning process.
    /// One of `auto`, `concise`, or `detailed`.
    #[deprecated(note = "**Deprecated:** use `summary` instead.")]
    pub generate_summary: Option<ReasoningSummary>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ReasoningModeEnum {
    /// `standard`
    Standard,
    /// `pro`
    Pro,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// A summary of the reasoning performed by the model. This can be
/// useful for debugging and understanding the model's reasoning process.
/// One of `auto`, `concise`, or `detailed`.
///
/// `concise` is supported for `computer-use-preview` models and all reasoning models after `gpt-5`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ReasoningSummary {
    /// `auto`
    Auto,
    /// `concise`
    Concise,
    /// `detailed`
    Detailed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Controls which reasoning items are rendered back to the model on later turns.
/// If omitted or set to `auto`, the model determines the context mode. The
/// `gpt-5.6` model family defaults to `all_turns`; earlier models default to
/// `current_turn`.
///
/// When returned on a response, this is the effective reasoning context mode
/// used for the response.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ReasoningContext {
    /// `auto`
    Auto,
    /// `current_turn`
    CurrentTurn,
    /// `all_turns`
    AllTurns,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The role of the message input. One of `user`, `system`, or `developer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum InputMessageRole {
    /// `user`
    User,
    /// `system`
    System,
    /// `developer`
    Developer,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum OutputMessageContent {
    /// `output_text`
    #[api(tag = "output_text")]
    OutputText(OutputTextContent),
    /// `refusal`
    #[api(tag = "refusal")]
    Refusal(RefusalContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Text, image, or file output of the function tool call.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FunctionCallOutputItemParamOutput {
    ItemList(Vec<FunctionCallOutputItemParamOutputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A piece of message content, such as text, an image, or a file.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum FunctionCallOutputItemParamOutputItem {
    /// `input_text`
    #[api(tag = "input_text")]
    InputText(InputTextContentParam),
    /// `input_image`
    #[api(tag = "input_image")]
    InputImage(InputImageContentParamAutoParam),
    /// `input_file`
    #[api(tag = "input_file")]
    InputFile(InputFileContentParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A text input to the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct InputTextContentParam {
    /// The type of the input item. Always `input_text`.
    #[api(rename = "type", constant)]
    pub type_: InputTextLiteral,
    /// The text input to the model.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub text: String,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// An image input to the model. Learn about [image inputs](https://platform.openai.com/docs/guides/vision)
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct InputImageContentParamAutoParam {
    /// The type of the input item. Always `input_image`.
    #[api(rename = "type", constant)]
    pub type_: InputImageLiteral,
    /// The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL.
    ///
    /// At most `20971520` characters.
    pub image_url: Option<String>,
    /// The ID of the file to be sent to the model.
    pub file_id: Option<String>,
    /// The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`.
    pub detail: Option<DetailEnum>,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum DetailEnum {
    /// `low`
    Low,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// `original`
    Original,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A file input to the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct InputFileContentParam {
    /// The type of the input item. Always `input_file`.
    #[api(rename = "type", constant)]
    pub type_: InputFileLiteral,
    /// The ID of the file to be sent to the model.
    pub file_id: Option<String>,
    /// The name of the file to be sent to the model.
    pub filename: Option<String>,
    /// The base64-encoded data of the file to be sent to the model.
    ///
    /// At most `73400320` characters.
    pub file_data: Option<String>,
    /// The URL of the file to be sent to the model.
    pub file_url: Option<String>,
    /// The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.
    pub detail: Option<FileDetailEnum>,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FileDetailEnum {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Commands and limits describing how to run the shell tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(commands))]
#[non_exhaustive]
pub struct FunctionShellActionParam {
    /// Ordered shell commands for the execution environment to run.
    #[api(default)]
    pub commands: Vec<String>,
    /// Maximum wall-clock time in milliseconds to allow the shell commands to run.
    pub timeout_ms: Option<i64>,
    /// Maximum number of UTF-8 characters to capture from combined stdout and stderr output.
    pub max_output_length: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Status values reported for shell tool calls.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FunctionShellCallItemStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The environment to execute the shell commands in.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum FunctionShellCallItemParamEnvironment {
    /// `local`
    #[api(tag = "local")]
    Local(LocalEnvironmentParam),
    /// `container_reference`
    #[api(tag = "container_reference")]
    ContainerReference(ContainerReferenceParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Captured stdout and stderr for a portion of a shell tool call output.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(stdout, stderr, outcome))]
#[non_exhaustive]
pub struct FunctionShellCallOutputContentParam {
    /// Captured stdout output for the shell call.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub stdout: String,
    /// Captured stderr output for the shell call.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub stderr: String,
    /// The exit or timeout outcome associated with this shell call.
    pub outcome: FunctionShellCallOutputOutcomeParam,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The exit or timeout outcome associated with this shell call.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum FunctionShellCallOutputOutcomeParam {
    /// `timeout`
    #[api(tag = "timeout")]
    Timeout(FunctionShellCallOutputTimeoutOutcome),
    /// `exit`
    #[api(tag = "exit")]
    Exit(FunctionShellCallOutputExitOutcomeParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Indicates that the shell commands finished and returned an exit code.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(exit_code))]
#[non_exhaustive]
pub struct FunctionShellCallOutputExitOutcomeParam {
    /// The outcome type. Always `exit`.
    #[api(rename = "type", constant)]
    pub type_: ExitLiteral,
    /// The exit code returned by the shell process.
    #[api(default)]
    pub exit_code: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Status values reported for apply_patch tool calls.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ApplyPatchCallStatusParam {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ApplyPatchOperationParam {
    /// `create_file`
    #[api(tag = "create_file")]
    CreateFile(ApplyPatchCreateFileOperationParam),
    /// `delete_file`
    #[api(tag = "delete_file")]
    DeleteFile(ApplyPatchDeleteFileOperationParam),
    /// `update_file`
    #[api(tag = "update_file")]
    UpdateFile(ApplyPatchUpdateFileOperationParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Instruction for creating a new file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path, diff))]
#[non_exhaustive]
pub struct ApplyPatchCreateFileOperationParam {
    /// The operation type. Always `create_file`.
    #[api(rename = "type", constant)]
    pub type_: CreateFileLiteral,
    /// Path of the file to create relative to the workspace root.
    ///
    /// At least `1` characters.
    #[api(default)]
    pub path: String,
    /// Unified diff content to apply when creating the file.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub diff: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Instruction for deleting an existing file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path))]
#[non_exhaustive]
pub struct ApplyPatchDeleteFileOperationParam {
    /// The operation type. Always `delete_file`.
    #[api(rename = "type", constant)]
    pub type_: DeleteFileLiteral,
    /// Path of the file to delete relative to the workspace root.
    ///
    /// At least `1` characters.
    #[api(default)]
    pub path: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Instruction for updating an existing file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(path, diff))]
#[non_exhaustive]
pub struct ApplyPatchUpdateFileOperationParam {
    /// The operation type. Always `update_file`.
    #[api(rename = "type", constant)]
    pub type_: UpdateFileLiteral,
    /// Path of the file to update relative to the workspace root.
    ///
    /// At least `1` characters.
    #[api(default)]
    pub path: String,
    /// Unified diff content to apply to the existing file.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub diff: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Outcome values reported for apply_patch tool call outputs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ApplyPatchCallOutputStatusParam {
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `compaction_trigger`.
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
pub enum CompactionTriggerLiteral {
    /// `compaction_trigger`
    #[default]
    CompactionTrigger,
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Specify additional output data to include in the model response. Currently supported values are:
/// - `web_search_call.results`: Include the search results of the web search tool call.
/// - `web_search_call.action.sources`: Include the sources of the web search tool call.
/// - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
/// - `computer_call_output.output.image_url`: Include image urls from the computer call output.
/// - `file_search_call.results`: Include the search results of the file search tool call.
/// - `message.input_image.image_url`: Include image urls from the input message.
/// - `message.output_text.logprobs`: Include logprobs with assistant messages.
/// - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum IncludeEnum {
    /// `file_search_call.results`
    #[api(rename = "file_search_call.results")]
    FileSearchCallResults,
    /// `web_search_call.results`
    #[api(rename = "web_search_call.results")]
    WebSearchCallResults,
    /// `web_search_call.action.sources`
    #[api(rename = "web_search_call.action.sources")]
    WebSearchCallActionSources,
    /// `message.input_image.image_url`
    #[api(rename = "message.input_image.image_url")]
    MessageInputImageImageUrl,
    /// `computer_call_output.output.image_url`
    #[api(rename = "computer_call_output.output.image_url")]
    ComputerCallOutputOutputImageUrl,
    /// `code_interpreter_call.outputs`
    #[api(rename = "code_interpreter_call.outputs")]
    CodeInterpreterCallOutputs,
    /// `reasoning.encrypted_content`
    #[api(rename = "reasoning.encrypted_content")]
    ReasoningEncryptedContent,
    /// `message.output_text.logprobs`
    #[api(rename = "message.output_text.logprobs")]
    MessageOutputTextLogprobs,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
pub struct ContextManagementParam {
    /// The context management entry type. Currently only 'compaction' is supported.
    #[api(rename = "type", default)]
    pub type_: String,
    /// Token threshold at which compaction should be triggered for this entry.
    ///
    /// At least `1000`.
    pub compact_threshold: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ModelIds {
    /// `gpt-5.6-sol`
    #[api(rename = "gpt-5.6-sol")]
    Gpt56Sol,
    /// `gpt-5.6-terra`
    #[api(rename = "gpt-5.6-terra")]
    Gpt56Terra,
    /// `gpt-5.6-luna`
    #[api(rename = "gpt-5.6-luna")]
    Gpt56Luna,
    /// `gpt-5.5`
    #[api(rename = "gpt-5.5")]
    Gpt55,
    /// `gpt-5.5-2026-04-23`
    #[api(rename = "gpt-5.5-2026-04-23")]
    Gpt5520260423,
    /// `gpt-5.4`
    #[api(rename = "gpt-5.4")]
    Gpt54,
    /// `gpt-5.4-mini`
    #[api(rename = "gpt-5.4-mini")]
    Gpt54Mini,
    /// `gpt-5.4-nano`
    #[api(rename = "gpt-5.4-nano")]
    Gpt54Nano,
    /// `gpt-5.4-mini-2026-03-17`
    #[api(rename = "gpt-5.4-mini-2026-03-17")]
    Gpt54Mini20260317,
    /// `gpt-5.4-nano-2026-03-17`
    #[api(rename = "gpt-5.4-nano-2026-03-17")]
    Gpt54Nano20260317,
    /// `gpt-5.3-chat-latest`
    #[api(rename = "gpt-5.3-chat-latest")]
    Gpt53ChatLatest,
    /// `gpt-5.2`
    #[api(rename = "gpt-5.2")]
    Gpt52,
    /// `gpt-5.2-2025-12-11`
    #[api(rename = "gpt-5.2-2025-12-11")]
    Gpt5220251211,
    /// `gpt-5.2-chat-latest`
    #[api(rename = "gpt-5.2-chat-latest")]
    Gpt52ChatLatest,
    /// `gpt-5.2-pro`
    #[api(rename = "gpt-5.2-pro")]
    Gpt52Pro,
    /// `gpt-5.2-pro-2025-12-11`
    #[api(rename = "gpt-5.2-pro-2025-12-11")]
    Gpt52Pro20251211,
    /// `gpt-5.1`
    #[api(rename = "gpt-5.1")]
    Gpt51,
    /// `gpt-5.1-2025-11-13`
    #[api(rename = "gpt-5.1-2025-11-13")]
    Gpt5120251113,
    /// `gpt-5.1-codex`
    #[api(rename = "gpt-5.1-codex")]
    Gpt51Codex,
    /// `gpt-5.1-mini`
    #[api(rename = "gpt-5.1-mini")]
    Gpt51Mini,
    /// `gpt-5.1-chat-latest`
    #[api(rename = "gpt-5.1-chat-latest")]
    Gpt51ChatLatest,
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
    /// `gpt-5-chat-latest`
    #[api(rename = "gpt-5-chat-latest")]
    Gpt5ChatLatest,
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
    /// `o4-mini`
    #[api(rename = "o4-mini")]
    O4Mini,
    /// `o4-mini-2025-04-16`
    #[api(rename = "o4-mini-2025-04-16")]
    O4Mini20250416,
    /// `o3`
    O3,
    /// `o3-2025-04-16`
    #[api(rename = "o3-2025-04-16")]
    O320250416,
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
    /// `o1-preview`
    #[api(rename = "o1-preview")]
    O1Preview,
    /// `o1-preview-2024-09-12`
    #[api(rename = "o1-preview-2024-09-12")]
    O1Preview20240912,
    /// `o1-mini`
    #[api(rename = "o1-mini")]
    O1Mini,
    /// `o1-mini-2024-09-12`
    #[api(rename = "o1-mini-2024-09-12")]
    O1Mini20240912,
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
    /// `gpt-4o-audio-preview`
    #[api(rename = "gpt-4o-audio-preview")]
    Gpt4oAudioPreview,
    /// `gpt-4o-audio-preview-2024-10-01`
    #[api(rename = "gpt-4o-audio-preview-2024-10-01")]
    Gpt4oAudioPreview20241001,
    /// `gpt-4o-audio-preview-2024-12-17`
    #[api(rename = "gpt-4o-audio-preview-2024-12-17")]
    Gpt4oAudioPreview20241217,
    /// `gpt-4o-audio-preview-2025-06-03`
    #[api(rename = "gpt-4o-audio-preview-2025-06-03")]
    Gpt4oAudioPreview20250603,
    /// `gpt-4o-mini-audio-preview`
    #[api(rename = "gpt-4o-mini-audio-preview")]
    Gpt4oMiniAudioPreview,
    /// `gpt-4o-mini-audio-preview-2024-12-17`
    #[api(rename = "gpt-4o-mini-audio-preview-2024-12-17")]
    Gpt4oMiniAudioPreview20241217,
    /// `gpt-4o-search-preview`
    #[api(rename = "gpt-4o-search-preview")]
    Gpt4oSearchPreview,
    /// `gpt-4o-mini-search-preview`
    #[api(rename = "gpt-4o-mini-search-preview")]
    Gpt4oMiniSearchPreview,
    /// `gpt-4o-search-preview-2025-03-11`
    #[api(rename = "gpt-4o-search-preview-2025-03-11")]
    Gpt4oSearchPreview20250311,
    /// `gpt-4o-mini-search-preview-2025-03-11`
    #[api(rename = "gpt-4o-mini-search-preview-2025-03-11")]
    Gpt4oMiniSearchPreview20250311,
    /// `chatgpt-4o-latest`
    #[api(rename = "chatgpt-4o-latest")]
    Chatgpt4oLatest,
    /// `codex-mini-latest`
    #[api(rename = "codex-mini-latest")]
    CodexMiniLatest,
    /// `gpt-4o-mini`
    #[api(rename = "gpt-4o-mini")]
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    #[api(rename = "gpt-4o-mini-2024-07-18")]
    Gpt4oMini20240718,
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
    /// `gpt-3.5-turbo-0301`
    #[api(rename = "gpt-3.5-turbo-0301")]
    Gpt35Turbo0301,
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
    /// `o1-pro`
    #[api(rename = "o1-pro")]
    O1Pro,
    /// `o1-pro-2025-03-19`
    #[api(rename = "o1-pro-2025-03-19")]
    O1Pro20250319,
    /// `o3-pro`
    #[api(rename = "o3-pro")]
    O3Pro,
    /// `o3-pro-2025-06-10`
    #[api(rename = "o3-pro-2025-06-10")]
    O3Pro20250610,
    /// `o3-deep-research`
    #[api(rename = "o3-deep-research")]
    O3DeepResearch,
    /// `o3-deep-research-2025-06-26`
    #[api(rename = "o3-deep-research-2025-06-26")]
    O3DeepResearch20250626,
    /// `o4-mini-deep-research`
    #[api(rename = "o4-mini-deep-research")]
    O4MiniDeepResearch,
    /// `o4-mini-deep-research-2025-06-26`
    #[api(rename = "o4-mini-deep-research-2025-06-26")]
    O4MiniDeepResearch20250626,
    /// `computer-use-preview`
    #[api(rename = "computer-use-preview")]
    ComputerUsePreview,
    /// `computer-use-preview-2025-03-11`
    #[api(rename = "computer-use-preview-2025-03-11")]
    ComputerUsePreview20250311,
    /// `gpt-5.5-pro`
    #[api(rename = "gpt-5.5-pro")]
    Gpt55Pro,
    /// `gpt-5.5-pro-2026-04-23`
    #[api(rename = "gpt-5.5-pro-2026-04-23")]
    Gpt55Pro20260423,
    /// `gpt-5-codex`
    #[api(rename = "gpt-5-codex")]
    Gpt5Codex,
    /// `gpt-5-pro`
    #[api(rename = "gpt-5-pro")]
    Gpt5Pro,
    /// `gpt-5-pro-2025-10-06`
    #[api(rename = "gpt-5-pro-2025-10-06")]
    Gpt5Pro20251006,
    /// `gpt-5.1-codex-max`
    #[api(rename = "gpt-5.1-codex-max")]
    Gpt51CodexMax,
    /// `gpt-daybreak-blue-latest`
    #[api(rename = "gpt-daybreak-blue-latest")]
    GptDaybreakBlueLatest,
    /// `gpt-daybreak-red-latest`
    #[api(rename = "gpt-daybreak-red-latest")]
    GptDaybreakRedLatest,
    /// `gpt-5.6-cyber`
    #[api(rename = "gpt-5.6-cyber")]
    Gpt56Cyber,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ModelIdsCompaction {
    /// `gpt-5.6-sol`
    #[api(rename = "gpt-5.6-sol")]
    Gpt56Sol,
    /// `gpt-5.6-terra`
    #[api(rename = "gpt-5.6-terra")]
    Gpt56Terra,
    /// `gpt-5.6-luna`
    #[api(rename = "gpt-5.6-luna")]
    Gpt56Luna,
    /// `gpt-5.5`
    #[api(rename = "gpt-5.5")]
    Gpt55,
    /// `gpt-5.5-2026-04-23`
    #[api(rename = "gpt-5.5-2026-04-23")]
    Gpt5520260423,
    /// `gpt-5.4`
    #[api(rename = "gpt-5.4")]
    Gpt54,
    /// `gpt-5.4-mini`
    #[api(rename = "gpt-5.4-mini")]
    Gpt54Mini,
    /// `gpt-5.4-nano`
    #[api(rename = "gpt-5.4-nano")]
    Gpt54Nano,
    /// `gpt-5.4-mini-2026-03-17`
    #[api(rename = "gpt-5.4-mini-2026-03-17")]
    Gpt54Mini20260317,
    /// `gpt-5.4-nano-2026-03-17`
    #[api(rename = "gpt-5.4-nano-2026-03-17")]
    Gpt54Nano20260317,
    /// `gpt-5.3-chat-latest`
    #[api(rename = "gpt-5.3-chat-latest")]
    Gpt53ChatLatest,
    /// `gpt-5.2`
    #[api(rename = "gpt-5.2")]
    Gpt52,
    /// `gpt-5.2-2025-12-11`
    #[api(rename = "gpt-5.2-2025-12-11")]
    Gpt5220251211,
    /// `gpt-5.2-chat-latest`
    #[api(rename = "gpt-5.2-chat-latest")]
    Gpt52ChatLatest,
    /// `gpt-5.2-pro`
    #[api(rename = "gpt-5.2-pro")]
    Gpt52Pro,
    /// `gpt-5.2-pro-2025-12-11`
    #[api(rename = "gpt-5.2-pro-2025-12-11")]
    Gpt52Pro20251211,
    /// `gpt-5.1`
    #[api(rename = "gpt-5.1")]
    Gpt51,
    /// `gpt-5.1-2025-11-13`
    #[api(rename = "gpt-5.1-2025-11-13")]
    Gpt5120251113,
    /// `gpt-5.1-codex`
    #[api(rename = "gpt-5.1-codex")]
    Gpt51Codex,
    /// `gpt-5.1-mini`
    #[api(rename = "gpt-5.1-mini")]
    Gpt51Mini,
    /// `gpt-5.1-chat-latest`
    #[api(rename = "gpt-5.1-chat-latest")]
    Gpt51ChatLatest,
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
    /// `gpt-5-chat-latest`
    #[api(rename = "gpt-5-chat-latest")]
    Gpt5ChatLatest,
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
    /// `o4-mini`
    #[api(rename = "o4-mini")]
    O4Mini,
    /// `o4-mini-2025-04-16`
    #[api(rename = "o4-mini-2025-04-16")]
    O4Mini20250416,
    /// `o3`
    O3,
    /// `o3-2025-04-16`
    #[api(rename = "o3-2025-04-16")]
    O320250416,
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
    /// `o1-preview`
    #[api(rename = "o1-preview")]
    O1Preview,
    /// `o1-preview-2024-09-12`
    #[api(rename = "o1-preview-2024-09-12")]
    O1Preview20240912,
    /// `o1-mini`
    #[api(rename = "o1-mini")]
    O1Mini,
    /// `o1-mini-2024-09-12`
    #[api(rename = "o1-mini-2024-09-12")]
    O1Mini20240912,
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
    /// `gpt-4o-audio-preview`
    #[api(rename = "gpt-4o-audio-preview")]
    Gpt4oAudioPreview,
    /// `gpt-4o-audio-preview-2024-10-01`
    #[api(rename = "gpt-4o-audio-preview-2024-10-01")]
    Gpt4oAudioPreview20241001,
    /// `gpt-4o-audio-preview-2024-12-17`
    #[api(rename = "gpt-4o-audio-preview-2024-12-17")]
    Gpt4oAudioPreview20241217,
    /// `gpt-4o-audio-preview-2025-06-03`
    #[api(rename = "gpt-4o-audio-preview-2025-06-03")]
    Gpt4oAudioPreview20250603,
    /// `gpt-4o-mini-audio-preview`
    #[api(rename = "gpt-4o-mini-audio-preview")]
    Gpt4oMiniAudioPreview,
    /// `gpt-4o-mini-audio-preview-2024-12-17`
    #[api(rename = "gpt-4o-mini-audio-preview-2024-12-17")]
    Gpt4oMiniAudioPreview20241217,
    /// `gpt-4o-search-preview`
    #[api(rename = "gpt-4o-search-preview")]
    Gpt4oSearchPreview,
    /// `gpt-4o-mini-search-preview`
    #[api(rename = "gpt-4o-mini-search-preview")]
    Gpt4oMiniSearchPreview,
    /// `gpt-4o-search-preview-2025-03-11`
    #[api(rename = "gpt-4o-search-preview-2025-03-11")]
    Gpt4oSearchPreview20250311,
    /// `gpt-4o-mini-search-preview-2025-03-11`
    #[api(rename = "gpt-4o-mini-search-preview-2025-03-11")]
    Gpt4oMiniSearchPreview20250311,
    /// `chatgpt-4o-latest`
    #[api(rename = "chatgpt-4o-latest")]
    Chatgpt4oLatest,
    /// `codex-mini-latest`
    #[api(rename = "codex-mini-latest")]
    CodexMiniLatest,
    /// `gpt-4o-mini`
    #[api(rename = "gpt-4o-mini")]
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    #[api(rename = "gpt-4o-mini-2024-07-18")]
    Gpt4oMini20240718,
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
    /// `gpt-3.5-turbo-0301`
    #[api(rename = "gpt-3.5-turbo-0301")]
    Gpt35Turbo0301,
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
    /// `o1-pro`
    #[api(rename = "o1-pro")]
    O1Pro,
    /// `o1-pro-2025-03-19`
    #[api(rename = "o1-pro-2025-03-19")]
    O1Pro20250319,
    /// `o3-pro`
    #[api(rename = "o3-pro")]
    O3Pro,
    /// `o3-pro-2025-06-10`
    #[api(rename = "o3-pro-2025-06-10")]
    O3Pro20250610,
    /// `o3-deep-research`
    #[api(rename = "o3-deep-research")]
    O3DeepResearch,
    /// `o3-deep-research-2025-06-26`
    #[api(rename = "o3-deep-research-2025-06-26")]
    O3DeepResearch20250626,
    /// `o4-mini-deep-research`
    #[api(rename = "o4-mini-deep-research")]
    O4MiniDeepResearch,
    /// `o4-mini-deep-research-2025-06-26`
    #[api(rename = "o4-mini-deep-research-2025-06-26")]
    O4MiniDeepResearch20250626,
    /// `computer-use-preview`
    #[api(rename = "computer-use-preview")]
    ComputerUsePreview,
    /// `computer-use-preview-2025-03-11`
    #[api(rename = "computer-use-preview-2025-03-11")]
    ComputerUsePreview20250311,
    /// `gpt-5.5-pro`
    #[api(rename = "gpt-5.5-pro")]
    Gpt55Pro,
    /// `gpt-5.5-pro-2026-04-23`
    #[api(rename = "gpt-5.5-pro-2026-04-23")]
    Gpt55Pro20260423,
    /// `gpt-5-codex`
    #[api(rename = "gpt-5-codex")]
    Gpt5Codex,
    /// `gpt-5-pro`
    #[api(rename = "gpt-5-pro")]
    Gpt5Pro,
    /// `gpt-5-pro-2025-10-06`
    #[api(rename = "gpt-5-pro-2025-10-06")]
    Gpt5Pro20251006,
    /// `gpt-5.1-codex-max`
    #[api(rename = "gpt-5.1-codex-max")]
    Gpt51CodexMax,
    /// `gpt-daybreak-blue-latest`
    #[api(rename = "gpt-daybreak-blue-latest")]
    GptDaybreakBlueLatest,
    /// `gpt-daybreak-red-latest`
    #[api(rename = "gpt-daybreak-red-latest")]
    GptDaybreakRedLatest,
    /// `gpt-5.6-cyber`
    #[api(rename = "gpt-5.6-cyber")]
    Gpt56Cyber,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mode))]
#[non_exhaustive]
pub struct PromptCacheOptions {
    /// The minimum lifetime applied to each cache breakpoint.
    #[api(constant)]
    pub ttl: PromptCacheTtlEnum,
    /// Whether implicit prompt-cache breakpoints were enabled.
    #[api(default)]
    pub mode: PromptCacheModeEnum,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Moderation results or errors for the response input and output.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(input, output))]
#[non_exhaustive]
pub struct Moderation {
    /// Moderation for the response input.
    pub input: ModerationInput,
    /// Moderation for the response output.
    pub output: ModerationOutput,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Moderation for the response input.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ModerationInput {
    /// `moderation_result`
    #[api(tag = "moderation_result")]
    ModerationResult(ModerationResultBody),
    /// `error`
    #[api(tag = "error")]
    ErrorType(ModerationErrorBody),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// An error produced while attempting moderation for the response input or output.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct ModerationErrorBody {
    /// The object type, which was always `error` for moderation failures.
    #[api(rename = "type", constant)]
    pub type_: ErrorTypeLiteral,
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
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Moderation for the response output.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ModerationOutput {
    /// `moderation_result`
    #[api(tag = "moderation_result")]
    ModerationResult(ModerationResultBody),
    /// `error`
    #[api(tag = "error")]
    ErrorType(ModerationErrorBody),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `incomplete`.
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
pub enum IncompleteLiteral {
    /// `incomplete`
    #[default]
    Incomplete,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// A delta of stdout/stderr emitted while a shell call was running.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ShellCallOutputDelta {
    /// The stdout delta that was emitted.
    pub stdout: Option<String>,
    /// The stderr delta that was emitted.
    pub stderr: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index, file_id, filename))]
#[non_exhaustive]
pub struct FileCitationParam {
    /// The citation type. Always `file_citation`.
    #[api(rename = "type", constant)]
    pub type_: FileCitationLiteral,
    /// The index of the file in the list of files.
    ///
    /// At least `0`.
    #[api(default)]
    pub index: i64,
    /// The ID of the file.
    #[api(default)]
    pub file_id: String,
    /// The filename of the file cited.
    #[api(default)]
    pub filename: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_index, end_index, url, title))]
#[non_exhaustive]
pub struct UrlCitationParam {
    /// The citation type. Always `url_citation`.
    #[api(rename = "type", constant)]
    pub type_: UrlCitationLiteral,
    /// The index of the first character of the citation in the message.
    ///
    /// At least `0`.
    #[api(default)]
    pub start_index: i64,
    /// The index of the last character of the citation in the message.
    ///
    /// At least `0`.
    #[api(default)]
    pub end_index: i64,
    /// The URL of the cited resource.
    #[api(default)]
    pub url: String,
    /// The title of the cited resource.
    #[api(default)]
    pub title: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_index, end_index, container_id, file_id, filename))]
#[non_exhaustive]
pub struct ContainerFileCitationParam {
    /// The citation type. Always `container_file_citation`.
    #[api(rename = "type", constant)]
    pub type_: ContainerFileCitationLiteral,
    /// The index of the first character of the citation in the message.
    ///
    /// At least `0`.
    #[api(default)]
    pub start_index: i64,
    /// The index of the last character of the citation in the message.
    ///
    /// At least `0`.
    #[api(default)]
    pub end_index: i64,
    /// The ID of the container.
    #[api(default)]
    pub container_id: String,
    /// The ID of the container file.
    #[api(default)]
    pub file_id: String,
    /// The filename of the container file cited.
    #[api(default)]
    pub filename: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "beta",
        feature = "chatkit",
        feature = "conversations",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum OrderEnum {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum TruncationEnum {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum PersonalityEnum {
    /// `friendly`
    Friendly,
    /// `pragmatic`
    Pragmatic,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Token counts
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens))]
#[non_exhaustive]
pub struct TokenCountsResource {
    /// Defaults to `response.input_tokens`.
    #[api(constant)]
    pub object: ResponseInputTokensLiteral,
    #[api(default)]
    pub input_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum PromptCacheRetentionEnum {
    /// `in_memory`
    InMemory,
    /// `24h`
    #[api(rename = "24h")]
    V24h,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ServiceTierEnum {
    /// `auto`
    Auto,
    /// `default`
    #[api(rename = "default")]
    DefaultType,
    /// `fast`
    Fast,
    /// `flex`
    Flex,
    /// `priority`
    Priority,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(x, y))]
#[non_exhaustive]
pub struct DragPoint {
    /// The x-coordinate.
    #[api(default)]
    pub x: i64,
    /// The y-coordinate.
    #[api(default)]
    pub y: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaInputItem {
    ProgramItemParam(BetaProgramItemParam),
    ProgramOutputItemParam(BetaProgramOutputItemParam),
    EasyInputMessage(BetaEasyInputMessage),
    ItemReferenceParam(BetaItemReferenceParam),
    CompactionTriggerItemParam(BetaCompactionTriggerItemParam),
    Item(BetaItem),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role. Messages with the
/// `assistant` role are presumed to have been generated by the model in previous
/// interactions.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(role, content))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaEasyInputMessage {
    /// The role of the message input. One of `user`, `assistant`, `system`, or
    /// `developer`.
    pub role: EasyInputMessageRole,
    /// Text, image, or audio input to the model, used to generate a response.
    /// Can also contain previous assistant responses.
    pub content: BetaEasyInputMessageContent,
    /// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    /// For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    /// phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    pub phase: Option<MessagePhase>,
    /// The type of the message input. Always `message`.
    #[api(rename = "type")]
    pub type_: Option<MessageLiteral>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Text, image, or audio input to the model, used to generate a response.
/// Can also contain previous assistant responses.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaEasyInputMessageContent {
    InputMessageContentList(BetaInputMessageContentList),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A list of one or many input items to the model, containing different content
/// types.
pub type BetaInputMessageContentList = Vec<InputContent>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaItem {
    CodeInterpreterToolCall(BetaCodeInterpreterToolCall),
    McpToolCall(BetaMcpToolCall),
    ComputerToolCall(BetaComputerToolCall),
    OutputMessage(BetaOutputMessage),
    LocalShellToolCall(BetaLocalShellToolCall),
    McpApprovalRequest(BetaMcpApprovalRequest),
    FunctionToolCall(BetaFunctionToolCall),
    CustomToolCall(BetaCustomToolCall),
    ApplyPatchToolCallItemParam(BetaApplyPatchToolCallItemParam),
    FileSearchToolCall(BetaFileSearchToolCall),
    AgentMessageItemParam(BetaAgentMessageItemParam),
    MultiAgentCallItemParam(BetaMultiAgentCallItemParam),
    MultiAgentCallOutputItemParam(BetaMultiAgentCallOutputItemParam),
    McpListTools(BetaMcpListTools),
    WebSearchToolCall(BetaWebSearchToolCall),
    ImageGenToolCall(BetaImageGenToolCall),
    FunctionShellCallItemParam(BetaFunctionShellCallItemParam),
    FunctionShellCallOutputItemParam(BetaFunctionShellCallOutputItemParam),
    ComputerCallOutputItemParam(BetaComputerCallOutputItemParam),
    ReasoningItem(BetaReasoningItem),
    ApplyPatchToolCallOutputItemParam(BetaApplyPatchToolCallOutputItemParam),
    McpApprovalResponse(BetaMcpApprovalResponse),
    CustomToolCallOutput(BetaCustomToolCallOutput),
    AdditionalToolsItemParam(BetaAdditionalToolsItemParam),
    LocalShellToolCallOutput(BetaLocalShellToolCallOutput),
    FunctionCallOutputItemParam(BetaFunctionCallOutputItemParam),
    ToolSearchCallItemParam(BetaToolSearchCallItemParam),
    ToolSearchOutputItemParam(BetaToolSearchOutputItemParam),
    InputMessage(BetaInputMessage),
    CompactionSummaryItemParam(BetaCompactionSummaryItemParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role, content))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaInputMessage {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the message input. Always set to `message`.
    #[api(rename = "type")]
    pub type_: Option<MessageLiteral>,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// A list of one or many input items to the model, containing different content
    /// types.
    pub content: BetaInputMessageContentList,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(agent_name))]
#[non_exhaustive]
pub struct BetaAgentTag {
    /// The canonical name of the agent that produced this item.
    #[api(default)]
    pub agent_name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An output message from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, content, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaOutputMessage {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the output message.
    pub id: String,
    /// The type of the output message. Always `message`.
    #[api(rename = "type", constant)]
    pub type_: MessageLiteral,
    /// The role of the output message. Always `assistant`.
    #[api(constant)]
    pub role: AssistantLiteral,
    /// The content of the output message.
    pub content: Vec<OutputMessageContent>,
    /// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    /// For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    /// phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    pub phase: Option<MessagePhase>,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: ComputerToolCallStatus,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The results of a file search tool call. See the
/// [file search guide](https://platform.openai.com/docs/guides/tools-file-search) for more information.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, status, queries))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFileSearchToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the file search tool call.
    pub id: String,
    /// The type of the file search tool call. Always `file_search_call`.
    #[api(rename = "type", constant)]
    pub type_: FileSearchCallLiteral,
    /// The status of the file search tool call. One of `in_progress`,
    /// `searching`, `incomplete` or `failed`,
    pub status: FileSearchToolCallStatus,
    /// The queries used to search for files.
    pub queries: Vec<String>,
    /// The results of the file search tool call.
    pub results: Option<Vec<BetaFileSearchToolCallResult>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct BetaFileSearchToolCallResult {
    /// The unique ID of the file.
    pub file_id: Option<String>,
    /// The text that was retrieved from the file.
    pub text: Option<String>,
    /// The name of the file.
    pub filename: Option<String>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard. Keys are strings
    /// with a maximum length of 64 characters. Values are strings with a maximum
    /// length of 512 characters, booleans, or numbers.
    pub attributes: Option<BetaVectorStoreFileAttributes>,
    /// The relevance score of the file - a value between 0 and 1.
    pub score: Option<f32>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Set of 16 key-value pairs that can be attached to an object. This can be
/// useful for storing additional information about the object in a structured
/// format, and querying for objects via API or the dashboard. Keys are strings
/// with a maximum length of 64 characters. Values are strings with a maximum
/// length of 512 characters, booleans, or numbers.
pub type BetaVectorStoreFileAttributes = std::collections::BTreeMap<
    String,
    VectorStoreFileAttributesValue,
>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call to a computer use tool. See the
/// [computer use guide](https://platform.openai.com/docs/guides/tools-computer-use) for more information.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, pending_safety_checks, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaComputerToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the computer call. Always `computer_call`.
    #[api(rename = "type", constant)]
    pub type_: ComputerCallLiteral,
    /// The unique ID of the computer call.
    pub id: String,
    /// An identifier used when responding to the tool call with output.
    pub call_id: String,
    pub action: Option<ComputerAction>,
    /// Flattened batched actions for `computer_use`. Each action includes an
    /// `type` discriminator and action-specific fields.
    pub actions: Option<BetaComputerActionList>,
    /// The pending safety checks for the computer call.
    pub pending_safety_checks: Vec<ComputerCallSafetyCheckParam>,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: ComputerToolCallStatus,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Flattened batched actions for `computer_use`. Each action includes an
/// `type` discriminator and action-specific fields.
pub type BetaComputerActionList = Vec<ComputerAction>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The output of a computer tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaComputerCallOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The ID of the computer tool call output.
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ComputerCallOutputLiteral,
    /// A computer screenshot image used with the computer use tool.
    pub output: ComputerScreenshotImage,
    /// The safety checks reported by the API that have been acknowledged by the developer.
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    /// The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items are returned via API.
    pub status: Option<MessageStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The agent that produced this item.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(agent_name))]
#[non_exhaustive]
pub struct BetaAgentTagParam {
    /// The canonical name of the agent that produced this item.
    #[api(default)]
    pub agent_name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The results of a web search tool call. See the
/// [web search guide](https://platform.openai.com/docs/guides/tools-web-search) for more information.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, status, action))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaWebSearchToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the web search tool call.
    pub id: String,
    /// The type of the web search tool call. Always `web_search_call`.
    #[api(rename = "type", constant)]
    pub type_: WebSearchCallLiteral,
    /// The status of the web search tool call.
    pub status: WebSearchToolCallStatus,
    /// An object describing the specific action taken in this web search call.
    /// Includes details on how the model used the web (search, open_page, find_in_page).
    pub action: WebSearchToolCallAction,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call to run a function. See the
/// [function calling guide](https://platform.openai.com/docs/guides/function-calling) for more information.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, name, arguments))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function tool call.
    pub id: Option<String>,
    /// The type of the function tool call. Always `function_call`.
    #[api(rename = "type", constant)]
    pub type_: FunctionCallLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the function to run.
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionCallOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of the function tool call output. Populated when this item is returned via API.
    pub id: Option<String>,
    /// The unique ID of the function tool call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: Option<String>,
    /// The type of the function tool call output. Always `function_call_output`.
    #[api(rename = "type", constant)]
    pub type_: FunctionCallOutputLiteral,
    /// Text, image, or file output of the function tool call.
    pub output: FunctionCallOutputItemParamOutput,
    /// The name of the tool that produced the output.
    ///
    /// `1` to `128` characters.
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    ///
    /// `1` to `64` characters.
    pub namespace: Option<String>,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
    pub status: Option<MessageStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A message routed between agents.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(author, recipient, content))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaAgentMessageItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this agent message item.
    pub id: Option<String>,
    /// The item type. Always `agent_message`.
    #[api(rename = "type", constant)]
    pub type_: AgentMessageLiteral,
    /// The sending agent identity.
    pub author: String,
    /// The destination agent identity.
    pub recipient: String,
    /// Plaintext, image, or encrypted content sent between agents.
    pub content: Vec<BetaAgentMessageItemParamContentItem>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The constant `agent_message`.
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
pub enum AgentMessageLiteral {
    /// `agent_message`
    #[default]
    AgentMessage,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A plaintext, image, or encrypted agent message content part.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaAgentMessageItemParamContentItem {
    /// `input_text`
    #[api(tag = "input_text")]
    InputText(InputTextContentParam),
    /// `input_image`
    #[api(tag = "input_image")]
    InputImage(InputImageContentParamAutoParam),
    /// `encrypted_content`
    #[api(tag = "encrypted_content")]
    EncryptedContent(BetaEncryptedContentParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Opaque encrypted content that Responses API decrypts inside trusted model execution.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(encrypted_content))]
#[non_exhaustive]
pub struct BetaEncryptedContentParam {
    /// The type of the input item. Always `encrypted_content`.
    #[api(rename = "type", constant)]
    pub type_: EncryptedContentLiteral,
    /// Opaque encrypted content.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub encrypted_content: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The constant `encrypted_content`.
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
pub enum EncryptedContentLiteral {
    /// `encrypted_content`
    #[default]
    EncryptedContent,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, action, arguments))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMultiAgentCallItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this multi-agent call.
    pub id: Option<String>,
    /// The unique ID linking this call to its output.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The item type. Always `multi_agent_call`.
    #[api(rename = "type", constant)]
    pub type_: MultiAgentCallLiteral,
    /// The multi-agent action that was executed.
    pub action: BetaMultiAgentAction,
    /// The action arguments as a JSON string.
    pub arguments: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The constant `multi_agent_call`.
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
pub enum MultiAgentCallLiteral {
    /// `multi_agent_call`
    #[default]
    MultiAgentCall,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, action, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMultiAgentCallOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this multi-agent call output.
    pub id: Option<String>,
    /// The unique ID of the multi-agent call.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The item type. Always `multi_agent_call_output`.
    #[api(rename = "type", constant)]
    pub type_: MultiAgentCallOutputLiteral,
    /// The multi-agent action that produced this result.
    pub action: BetaMultiAgentAction,
    /// Text output returned by the multi-agent action.
    pub output: Vec<BetaOutputTextContentParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The constant `multi_agent_call_output`.
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
pub enum MultiAgentCallOutputLiteral {
    /// `multi_agent_call_output`
    #[default]
    MultiAgentCallOutput,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct BetaOutputTextContentParam {
    /// The content type. Always `output_text`.
    #[api(rename = "type", constant)]
    pub type_: OutputTextLiteral,
    /// The text content.
    ///
    /// At most `10485760` characters.
    #[api(default)]
    pub text: String,
    /// Citations associated with the text content.
    pub annotations: Option<Vec<BetaOutputTextContentParamAnnotation>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaOutputTextContentParamAnnotation {
    /// `file_citation`
    #[api(tag = "file_citation")]
    FileCitation(FileCitationParam),
    /// `url_citation`
    #[api(tag = "url_citation")]
    UrlCitation(UrlCitationParam),
    /// `container_file_citation`
    #[api(tag = "container_file_citation")]
    ContainerFileCitation(ContainerFileCitationParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(arguments))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaToolSearchCallItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this tool search call.
    pub id: Option<String>,
    /// The unique ID of the tool search call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: Option<String>,
    /// The item type. Always `tool_search_call`.
    #[api(rename = "type", constant)]
    pub type_: ToolSearchCallLiteral,
    /// Whether tool search was executed by the server or by the client.
    pub execution: Option<ToolSearchExecutionType>,
    /// The arguments supplied to the tool search call.
    pub arguments: BetaEmptyModelParam,
    /// The status of the tool search call.
    pub status: Option<MessageStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
pub type BetaEmptyModelParam = serde_json::Map<String, serde_json::Value>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(tools))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaToolSearchOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this tool search output.
    pub id: Option<String>,
    /// The unique ID of the tool search call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: Option<String>,
    /// The item type. Always `tool_search_output`.
    #[api(rename = "type", constant)]
    pub type_: ToolSearchOutputLiteral,
    /// Whether tool search was executed by the server or by the client.
    pub execution: Option<ToolSearchExecutionType>,
    /// The loaded tool definitions returned by the tool search output.
    pub tools: Vec<BetaTool>,
    /// The status of the tool search output.
    pub status: Option<MessageStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool that can be used to generate a response.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaTool {
    /// `function`
    #[api(tag = "function")]
    Function(FunctionTool),
    /// `file_search`
    #[api(tag = "file_search")]
    FileSearch(FileSearchTool),
    /// `computer`
    #[api(tag = "computer")]
    Computer(ComputerTool),
    /// `computer_use_preview`
    #[api(tag = "computer_use_preview")]
    ComputerUsePreview(ComputerUsePreviewTool),
    /// `web_search`, `web_search_2025_08_26`
    #[api(tag = "web_search", tag = "web_search_2025_08_26")]
    WebSearch(WebSearchTool),
    /// `mcp`
    #[api(tag = "mcp")]
    Mcp(BetaMcpTool),
    /// `code_interpreter`
    #[api(tag = "code_interpreter")]
    CodeInterpreter(CodeInterpreterTool),
    /// `programmatic_tool_calling`
    #[api(tag = "programmatic_tool_calling")]
    ProgrammaticToolCalling(ProgrammaticToolCallingParam),
    /// `image_generation`
    #[api(tag = "image_generation")]
    ImageGeneration(ImageGenTool),
    /// `local_shell`
    #[api(tag = "local_shell")]
    LocalShell(LocalShellToolParam),
    /// `shell`
    #[api(tag = "shell")]
    Shell(FunctionShellToolParam),
    /// `custom`
    #[api(tag = "custom")]
    Custom(CustomToolParam),
    /// `namespace`
    #[api(tag = "namespace")]
    Namespace(BetaNamespaceToolParam),
    /// `tool_search`
    #[api(tag = "tool_search")]
    ToolSearch(BetaToolSearchToolParam),
    /// `web_search_preview`, `web_search_preview_2025_03_11`
    #[api(tag = "web_search_preview", tag = "web_search_preview_2025_03_11")]
    WebSearchPreview(WebSearchPreviewTool),
    /// `apply_patch`
    #[api(tag = "apply_patch")]
    ApplyPatch(ApplyPatchToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Give the model access to additional tools via remote Model Context Protocol
/// (MCP) servers. [Learn more about MCP](https://platform.openai.com/docs/guides/tools-remote-mcp).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(server_label))]
#[non_exhaustive]
pub struct BetaMcpTool {
    /// The type of the MCP tool. Always `mcp`.
    #[api(rename = "type", constant)]
    pub type_: McpLiteral,
    /// A label for this MCP server, used to identify it in tool calls.
    #[api(default)]
    pub server_label: String,
    /// The URL for the MCP server. One of `server_url`, `connector_id`, or
    /// `tunnel_id` must be provided.
    pub server_url: Option<String>,
    /// Identifier for service connectors, like those available in ChatGPT. One of
    /// `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    /// about service connectors [here](https://platform.openai.com/docs/guides/tools-remote-mcp#connectors).
    ///
    /// Currently supported `connector_id` values are:
    ///
    /// - Dropbox: `connector_dropbox`
    /// - Gmail: `connector_gmail`
    /// - Google Calendar: `connector_googlecalendar`
    /// - Google Drive: `connector_googledrive`
    /// - Microsoft Teams: `connector_microsoftteams`
    /// - Outlook Calendar: `connector_outlookcalendar`
    /// - Outlook Email: `connector_outlookemail`
    /// - SharePoint: `connector_sharepoint`
    pub connector_id: Option<McpToolConnectorId>,
    /// The Secure MCP Tunnel ID to use instead of a direct server URL. One of
    /// `server_url`, `connector_id`, or `tunnel_id` must be provided.
    pub tunnel_id: Option<String>,
    /// An OAuth access token that can be used with a remote MCP server, either
    /// with a custom MCP server URL or a service connector. Your application
    /// must handle the OAuth authorization flow and provide the token here.
    pub authorization: Option<String>,
    /// Optional description of the MCP server, used to provide more context.
    pub server_description: Option<String>,
    /// Optional HTTP headers to send to the MCP server. Use for authentication
    /// or other purposes.
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// List of allowed tool names or a filter object.
    pub allowed_tools: Option<McpToolAllowedTools>,
    /// The tool invocation context(s).
    ///
    /// At least `1` items.
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Specify which of the MCP server's tools require approval.
    ///
    /// Defaults to `always`.
    pub require_approval: Option<BetaMcpToolRequireApproval>,
    /// Whether this MCP tool is deferred and discovered via tool search.
    pub defer_loading: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Specify which of the MCP server's tools require approval.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaMcpToolRequireApproval {
    McpToolApprovalFilter(McpToolRequireApprovalMcpToolApprovalFilter),
    #[api(from_str)]
    McpToolRequireApprovalMcpToolApprovalSetting(
        McpToolRequireApprovalMcpToolApprovalSetting,
    ),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Groups function/custom tools under a shared namespace.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, description, tools))]
#[non_exhaustive]
pub struct BetaNamespaceToolParam {
    /// The type of the tool. Always `namespace`.
    #[api(rename = "type", constant)]
    pub type_: NamespaceLiteral,
    /// The namespace name used in tool calls (for example, `crm`).
    ///
    /// At least `1` characters.
    #[api(default)]
    pub name: String,
    /// A description of the namespace shown to the model.
    #[api(default)]
    pub description: String,
    /// The function/custom tools available inside this namespace.
    ///
    /// At least `1` items.
    #[api(default)]
    pub tools: Vec<BetaNamespaceToolParamTool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A function or custom tool that belongs to a namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaNamespaceToolParamTool {
    /// `function`
    #[api(tag = "function")]
    Function(BetaFunctionToolParam),
    /// `custom`
    #[api(tag = "custom")]
    Custom(CustomToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct BetaFunctionToolParam {
    /// `1` to `128` characters.
    #[api(default)]
    pub name: String,
    pub description: Option<String>,
    pub parameters: Option<BetaEmptyModelParam>,
    /// Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the schema is compatible, and falls back to non-strict validation otherwise.
    pub strict: Option<bool>,
    /// Defaults to `function`.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    /// A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe content-array outputs.
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether this function should be deferred and discovered via tool search.
    pub defer_loading: Option<bool>,
    /// The tool invocation context(s).
    ///
    /// At least `1` items.
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Hosted or BYOT tool search configuration for deferred tools.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct BetaToolSearchToolParam {
    /// The type of the tool. Always `tool_search`.
    #[api(rename = "type", constant)]
    pub type_: ToolSearchLiteral,
    /// Whether tool search is executed by the server or by the client.
    pub execution: Option<ToolSearchExecutionType>,
    /// Description shown to the model for a client-executed tool search tool.
    pub description: Option<String>,
    /// Parameter schema for a client-executed tool search tool.
    pub parameters: Option<BetaEmptyModelParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(tools))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaAdditionalToolsItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this additional tools item.
    pub id: Option<String>,
    /// The item type. Always `additional_tools`.
    #[api(rename = "type", constant)]
    pub type_: AdditionalToolsLiteral,
    /// The role that provided the additional tools. Only `developer` is supported.
    #[api(constant)]
    pub role: DeveloperLiteral,
    /// A list of additional tools made available at this item.
    pub tools: Vec<BetaTool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A description of the chain of thought used by a reasoning model while generating
/// a response. Be sure to include these items in your `input` to the Responses API
/// for subsequent turns of a conversation if you are manually
/// [managing context](https://platform.openai.com/docs/guides/conversation-state).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, summary))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaReasoningItem {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the object. Always `reasoning`.
    #[api(rename = "type", constant)]
    pub type_: ReasoningLiteral,
    /// The unique identifier of the reasoning content.
    pub id: String,
    /// The encrypted content of the reasoning item. This is populated by default
    /// for reasoning items returned by `POST /v1/responses` and WebSocket
    /// `response.create` requests.
    ///
    /// When streaming, use the completed reasoning item and its
    /// `encrypted_content` from the `response.output_item.done` event in
    /// subsequent requests. The `encrypted_content` in
    /// `response.output_item.added` may be incomplete. This is especially
    /// important when `store` is `false` or when using Zero Data Retention.
    pub encrypted_content: Option<String>,
    /// Reasoning summary content.
    pub summary: Vec<SummaryTextContent>,
    /// Reasoning text content.
    pub content: Option<Vec<ReasoningTextContent>>,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A compaction item generated by the [`v1/responses/compact` API](https://platform.openai.com/docs/api-reference/responses/compact).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(encrypted_content))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCompactionSummaryItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The ID of the compaction item.
    pub id: Option<String>,
    /// The type of the item. Always `compaction`.
    #[api(rename = "type", constant)]
    pub type_: CompactionLiteral,
    /// The encrypted content of the compaction summary.
    ///
    /// At most `20971520` characters.
    pub encrypted_content: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An image generation request made by the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaImageGenToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the image generation call. Always `image_generation_call`.
    #[api(rename = "type", constant)]
    pub type_: ImageGenerationCallLiteral,
    /// The unique ID of the image generation call.
    pub id: String,
    /// The status of the image generation call.
    pub status: ImageGenToolCallStatus,
    /// The generated image encoded in base64.
    #[api(nullable)]
    pub result: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call to run code.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, status, container_id))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCodeInterpreterToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the code interpreter tool call. Always `code_interpreter_call`.
    #[api(rename = "type", constant)]
    pub type_: CodeInterpreterCallLiteral,
    /// The unique ID of the code interpreter tool call.
    pub id: String,
    /// The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`.
    pub status: CodeInterpreterToolCallStatus,
    /// The ID of the container used to run the code.
    pub container_id: String,
    /// The code to run, or null if not available.
    #[api(nullable)]
    pub code: Option<String>,
    /// The outputs generated by the code interpreter, such as logs or images.
    /// Can be null if no outputs are available.
    #[api(nullable)]
    pub outputs: Option<Vec<CodeInterpreterToolCallOutput>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call to run a command on the local shell.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, action, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaLocalShellToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the local shell call. Always `local_shell_call`.
    #[api(rename = "type", constant)]
    pub type_: LocalShellCallLiteral,
    /// The unique ID of the local shell call.
    pub id: String,
    /// The unique ID of the local shell tool call generated by the model.
    pub call_id: String,
    /// Execute a shell command on the server.
    pub action: LocalShellExecAction,
    /// The status of the local shell call.
    pub status: ComputerToolCallStatus,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The output of a local shell tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaLocalShellToolCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the local shell tool call output. Always `local_shell_call_output`.
    #[api(rename = "type", constant)]
    pub type_: LocalShellCallOutputLiteral,
    /// The unique ID of the local shell tool call generated by the model.
    pub id: String,
    /// A JSON string of the output of the local shell tool call.
    pub output: String,
    /// The status of the item. One of `in_progress`, `completed`, or `incomplete`.
    pub status: Option<ComputerToolCallStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool representing a request to execute one or more shell commands.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, action))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionShellCallItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of the shell tool call. Populated when this item is returned via API.
    pub id: Option<String>,
    /// The unique ID of the shell tool call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The type of the item. Always `shell_call`.
    #[api(rename = "type", constant)]
    pub type_: ShellCallLiteral,
    /// The shell commands and limits that describe how to run the tool call.
    pub action: FunctionShellActionParam,
    /// The status of the shell call. One of `in_progress`, `completed`, or `incomplete`.
    pub status: Option<FunctionShellCallItemStatus>,
    /// The environment to execute the shell commands in.
    pub environment: Option<FunctionShellCallItemParamEnvironment>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The streamed output items emitted by a shell tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionShellCallOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of the shell tool call output. Populated when this item is returned via API.
    pub id: Option<String>,
    /// The unique ID of the shell tool call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The type of the item. Always `shell_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ShellCallOutputLiteral,
    /// Captured chunks of stdout and stderr output, along with their associated outcomes.
    pub output: Vec<FunctionShellCallOutputContentParam>,
    /// The status of the shell call output.
    pub status: Option<FunctionShellCallItemStatus>,
    /// The maximum number of UTF-8 characters captured for this shell call's combined output.
    pub max_output_length: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call representing a request to create, delete, or update files using diff patches.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(call_id, status, operation))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaApplyPatchToolCallItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The type of the item. Always `apply_patch_call`.
    #[api(rename = "type", constant)]
    pub type_: ApplyPatchCallLiteral,
    /// The unique ID of the apply patch tool call. Populated when this item is returned via API.
    pub id: Option<String>,
    /// The unique ID of the apply patch tool call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    pub status: ApplyPatchCallStatusParam,
    /// The specific create, delete, or update instruction for the apply_patch tool call.
    pub operation: ApplyPatchOperationParam,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The streamed output emitted by an apply patch tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaApplyPatchToolCallOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The type of the item. Always `apply_patch_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ApplyPatchCallOutputLiteral,
    /// The unique ID of the apply patch tool call output. Populated when this item is returned via API.
    pub id: Option<String>,
    /// The unique ID of the apply patch tool call generated by the model.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    pub status: ApplyPatchCallOutputStatusParam,
    /// Optional human-readable log text from the apply patch tool (e.g., patch results or errors).
    ///
    /// At most `10485760` characters.
    pub output: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A list of tools available on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, server_label, tools))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMcpListTools {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `mcp_list_tools`.
    #[api(rename = "type", constant)]
    pub type_: McpListToolsLiteral,
    /// The unique ID of the list.
    pub id: String,
    /// The label of the MCP server.
    pub server_label: String,
    /// The tools available on the server.
    pub tools: Vec<McpListToolsTool>,
    /// Error message if the server could not list tools.
    pub error: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A request for human approval of a tool invocation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, server_label, name, arguments))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMcpApprovalRequest {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `mcp_approval_request`.
    #[api(rename = "type", constant)]
    pub type_: McpApprovalRequestLiteral,
    /// The unique ID of the approval request.
    pub id: String,
    /// The label of the MCP server making the request.
    pub server_label: String,
    /// The name of the tool to run.
    pub name: String,
    /// A JSON string of arguments for the tool.
    pub arguments: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A response to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(approval_request_id, approve))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMcpApprovalResponse {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `mcp_approval_response`.
    #[api(rename = "type", constant)]
    pub type_: McpApprovalResponseLiteral,
    /// The unique ID of the approval response
    pub id: Option<String>,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    /// Optional reason for the decision.
    pub reason: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An invocation of a tool on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, server_label, name, arguments))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMcpToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `mcp_call`.
    #[api(rename = "type", constant)]
    pub type_: McpCallLiteral,
    /// The unique ID of the tool call.
    pub id: String,
    /// The label of the MCP server running the tool.
    pub server_label: String,
    /// The name of the tool that was run.
    pub name: String,
    /// A JSON string of the arguments passed to the tool.
    pub arguments: String,
    /// The output from the tool call.
    pub output: Option<String>,
    /// The error from the tool call, if any.
    pub error: Option<McpToolCallError>,
    /// The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`.
    pub status: Option<McpToolCallStatus>,
    /// Unique identifier for the MCP tool call approval request.
    /// Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    pub approval_request_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The output of a custom tool call from your code, being sent back to the model.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(call_id, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCustomToolCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    #[api(rename = "type", constant)]
    pub type_: CustomToolCallOutputLiteral,
    /// The unique ID of the custom tool call output in the OpenAI platform.
    pub id: Option<String>,
    /// The call ID, used to map this custom tool call output to a custom tool call.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the custom tool call generated by your code.
    /// Can be a string or an list of output content.
    pub output: CustomToolCallOutputOutput,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A call to a custom tool created by the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, name, input))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCustomToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[api(rename = "type", constant)]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call in the OpenAI platform.
    pub id: Option<String>,
    /// An identifier used to map this custom tool call to a tool call output.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the custom tool being called.
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Compacts the current context. Must be the final input item.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCompactionTriggerItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The type of the item. Always `compaction_trigger`.
    #[api(rename = "type", constant)]
    pub type_: CompactionTriggerLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An internal identifier for an item to reference.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaItemReferenceParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The type of item to reference. Always `item_reference`.
    #[api(rename = "type")]
    pub type_: Option<ItemReferenceLiteral>,
    /// The ID of the item to reference.
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, code, fingerprint))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaProgramItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this program item.
    pub id: String,
    /// The item type. Always `program`.
    #[api(rename = "type", constant)]
    pub type_: ProgramLiteral,
    /// The stable call ID of the program item.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The JavaScript source executed by programmatic tool calling.
    ///
    /// At most `10485760` characters.
    pub code: String,
    /// Opaque program replay fingerprint that must be round-tripped.
    ///
    /// At most `10485760` characters.
    pub fingerprint: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, result, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaProgramOutputItemParam {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTagParam>,
    /// The unique ID of this program output item.
    pub id: String,
    /// The item type. Always `program_output`.
    #[api(rename = "type", constant)]
    pub type_: ProgramOutputLiteral,
    /// The call ID of the program item.
    ///
    /// `1` to `64` characters.
    pub call_id: String,
    /// The result produced by the program item.
    ///
    /// At most `10485760` characters.
    pub result: String,
    /// The terminal status of the program output.
    pub status: ProgramOutputStatus,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Configuration options for a text response from the model. Can be plain
/// text or structured JSON data. Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct BetaResponseTextParam {
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
    pub format: Option<Box<BetaTextResponseFormatConfiguration>>,
    /// Constrains the verbosity of the model's response. Lower values will result in
    /// more concise responses, while higher values will result in more verbose responses.
    /// Currently supported values are `low`, `medium`, and `high`. The default is
    /// `medium`.
    pub verbosity: Option<Verbosity>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
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
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaTextResponseFormatConfiguration {
    /// `text`
    #[api(tag = "text")]
    Text(ResponseFormatText),
    /// `json_schema`
    #[api(tag = "json_schema")]
    JsonSchema(BetaTextResponseFormatJsonSchema),
    /// `json_object`
    #[api(tag = "json_object")]
    JsonObject(ResponseFormatJsonObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// JSON Schema response format. Used to generate structured JSON responses.
/// Learn more about [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, schema))]
#[non_exhaustive]
pub struct BetaTextResponseFormatJsonSchema {
    /// The type of response format being defined. Always `json_schema`.
    #[api(rename = "type", constant)]
    pub type_: JsonSchemaLiteral,
    /// A description of what the response format is for, used by the model to
    /// determine how to respond in the format.
    pub description: Option<String>,
    /// The name of the response format. Must be a-z, A-Z, 0-9, or contain
    /// underscores and dashes, with a maximum length of 64.
    #[api(default)]
    pub name: String,
    /// The schema for the response format, described as a JSON Schema object.
    /// Learn how to build JSON schemas [here](https://json-schema.org/).
    #[api(default)]
    pub schema: BetaResponseFormatJsonSchemaSchema,
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
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The schema for the response format, described as a JSON Schema object.
/// Learn how to build JSON schemas [here](https://json-schema.org/).
pub type BetaResponseFormatJsonSchemaSchema = serde_json::Map<String, serde_json::Value>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, output, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaComputerToolCallOutputResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ComputerCallOutputLiteral,
    /// The unique ID of the computer call tool output.
    pub id: String,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    /// A computer screenshot image used with the computer use tool.
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: ComputerCallOutputStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, output, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionToolCallOutputResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function call tool output.
    pub id: String,
    /// The type of the function tool call output. Always `function_call_output`.
    #[api(rename = "type", constant)]
    pub type_: FunctionCallOutputLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: Option<String>,
    /// The name of the tool that produced the output.
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    pub namespace: Option<String>,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: FunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, author, recipient, content))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaAgentMessage {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `agent_message`.
    #[api(rename = "type", constant)]
    pub type_: AgentMessageLiteral,
    /// The unique ID of the agent message.
    pub id: String,
    /// The sending agent identity.
    pub author: String,
    /// The destination agent identity.
    pub recipient: String,
    /// Encrypted content sent between agents.
    pub content: Vec<BetaMessageContentItem>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Opaque encrypted content that Responses API decrypts inside trusted model execution.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(encrypted_content))]
#[non_exhaustive]
pub struct BetaEncryptedContent {
    /// The type of the input item. Always `encrypted_content`.
    #[api(rename = "type", constant)]
    pub type_: EncryptedContentLiteral,
    /// Opaque encrypted content.
    #[api(default)]
    pub encrypted_content: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, action, arguments))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMultiAgentCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the multi-agent call. Always `multi_agent_call`.
    #[api(rename = "type", constant)]
    pub type_: MultiAgentCallLiteral,
    /// The unique ID of the multi-agent call item.
    pub id: String,
    /// The unique ID linking this call to its output.
    pub call_id: String,
    /// The multi-agent action to execute.
    pub action: BetaMultiAgentAction,
    /// The JSON string of arguments generated for the action.
    pub arguments: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum BetaMultiAgentAction {
    /// `spawn_agent`
    SpawnAgent,
    /// `interrupt_agent`
    InterruptAgent,
    /// `list_agents`
    ListAgents,
    /// `send_message`
    SendMessage,
    /// `followup_task`
    FollowupTask,
    /// `wait_agent`
    WaitAgent,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, action, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMultiAgentCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the multi-agent result. Always `multi_agent_call_output`.
    #[api(rename = "type", constant)]
    pub type_: MultiAgentCallOutputLiteral,
    /// The unique ID of the multi-agent call output item.
    pub id: String,
    /// The unique ID of the multi-agent call.
    pub call_id: String,
    /// The multi-agent action that produced this result.
    pub action: BetaMultiAgentAction,
    /// Text output returned by the multi-agent action.
    pub output: Vec<OutputTextContent>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, execution, arguments, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaToolSearchCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `tool_search_call`.
    #[api(rename = "type", constant)]
    pub type_: ToolSearchCallLiteral,
    /// The unique ID of the tool search call item.
    pub id: String,
    /// The unique ID of the tool search call generated by the model.
    #[api(nullable)]
    pub call_id: Option<String>,
    /// Whether tool search was executed by the server or by the client.
    pub execution: ToolSearchExecutionType,
    /// Arguments used for the tool search call.
    pub arguments: serde_json::Value,
    /// The status of the tool search call item that was recorded.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, execution, tools, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaToolSearchOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `tool_search_output`.
    #[api(rename = "type", constant)]
    pub type_: ToolSearchOutputLiteral,
    /// The unique ID of the tool search output item.
    pub id: String,
    /// The unique ID of the tool search call generated by the model.
    #[api(nullable)]
    pub call_id: Option<String>,
    /// Whether tool search was executed by the server or by the client.
    pub execution: ToolSearchExecutionType,
    /// The loaded tool definitions returned by tool search.
    pub tools: Vec<BetaTool>,
    /// The status of the tool search output item that was recorded.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, role, tools))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaAdditionalTools {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `additional_tools`.
    #[api(rename = "type", constant)]
    pub type_: AdditionalToolsLiteral,
    /// The unique ID of the additional tools item.
    pub id: String,
    /// The role that provided the additional tools.
    pub role: MessageRole,
    /// The additional tool definitions made available at this item.
    pub tools: Vec<BetaTool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, code, fingerprint))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaProgram {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `program`.
    #[api(rename = "type", constant)]
    pub type_: ProgramLiteral,
    /// The unique ID of the program item.
    pub id: String,
    /// The stable call ID of the program item.
    pub call_id: String,
    /// The JavaScript source executed by programmatic tool calling.
    pub code: String,
    /// Opaque program replay fingerprint that must be round-tripped.
    pub fingerprint: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, result, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaProgramOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `program_output`.
    #[api(rename = "type", constant)]
    pub type_: ProgramOutputLiteral,
    /// The unique ID of the program output item.
    pub id: String,
    /// The call ID of the program item.
    pub call_id: String,
    /// The result produced by the program item.
    pub result: String,
    /// The terminal status of the program output item.
    pub status: ProgramOutputStatus,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A compaction item generated by the [`v1/responses/compact` API](https://platform.openai.com/docs/api-reference/responses/compact).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, encrypted_content))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCompactionBody {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `compaction`.
    #[api(rename = "type", constant)]
    pub type_: CompactionLiteral,
    /// The unique ID of the compaction item.
    pub id: String,
    /// The encrypted content that was produced by compaction.
    pub encrypted_content: String,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call that executes one or more shell commands in a managed environment.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, action, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionShellCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `shell_call`.
    #[api(rename = "type", constant)]
    pub type_: ShellCallLiteral,
    /// The unique ID of the shell tool call. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The shell commands and limits that describe how to run the tool call.
    pub action: FunctionShellAction,
    /// The status of the shell call. One of `in_progress`, `completed`, or `incomplete`.
    pub status: MessageStatus,
    #[api(nullable)]
    pub environment: Option<FunctionShellCallEnvironment>,
    /// The ID of the entity that created this tool call.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The output of a shell tool call that was emitted.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, status, output))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionShellCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the shell call output. Always `shell_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ShellCallOutputLiteral,
    /// The unique ID of the shell call output. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The status of the shell call output. One of `in_progress`, `completed`, or `incomplete`.
    pub status: MessageStatus,
    /// An array of shell call output contents
    pub output: Vec<FunctionShellCallOutputContent>,
    /// The maximum length of the shell command output. This is generated by the model and should be passed back with the raw output.
    #[api(nullable)]
    pub max_output_length: Option<i64>,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A tool call that applies file diffs by creating, deleting, or updating files.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, call_id, status, operation))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaApplyPatchToolCall {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `apply_patch_call`.
    #[api(rename = "type", constant)]
    pub type_: ApplyPatchCallLiteral,
    /// The unique ID of the apply patch tool call. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    pub status: ApplyPatchCallStatus,
    /// One of the create_file, delete_file, or update_file operations applied via apply_patch.
    pub operation: ApplyPatchToolCallOperation,
    /// The ID of the entity that created this tool call.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The output emitted by an apply patch tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaApplyPatchToolCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `apply_patch_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ApplyPatchCallOutputLiteral,
    /// The unique ID of the apply patch tool call output. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    pub status: ApplyPatchCallOutputStatus,
    /// Optional textual output returned by the apply patch tool.
    pub output: Option<String>,
    /// The ID of the entity that created this tool call output.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A response to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, approval_request_id, approve))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaMcpApprovalResponseResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the item. Always `mcp_approval_response`.
    #[api(rename = "type", constant)]
    pub type_: McpApprovalResponseLiteral,
    /// The unique ID of the approval response
    pub id: String,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    /// Optional reason for the decision.
    pub reason: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// ResponseCustomToolCallOutputItem
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, call_id, output, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCustomToolCallOutputResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    #[api(rename = "type", constant)]
    pub type_: CustomToolCallOutputLiteral,
    /// The unique ID of the custom tool call output item.
    pub id: String,
    /// The call ID, used to map this custom tool call output to a custom tool call.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the custom tool call generated by your code.
    /// Can be a string or an list of output content.
    pub output: CustomToolCallOutputOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A content part that makes up an input or output item.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaMessageContentItem {
    /// `input_text`
    #[api(tag = "input_text")]
    InputText(InputTextContent),
    /// `output_text`
    #[api(tag = "output_text")]
    OutputText(OutputTextContent),
    /// `text`
    #[api(tag = "text")]
    Text(TextContent),
    /// `summary_text`
    #[api(tag = "summary_text")]
    SummaryText(SummaryTextContent),
    /// `reasoning_text`
    #[api(tag = "reasoning_text")]
    ReasoningText(ReasoningTextContent),
    /// `refusal`
    #[api(tag = "refusal")]
    Refusal(RefusalContent),
    /// `input_image`
    #[api(tag = "input_image")]
    InputImage(InputImageContent),
    /// `computer_screenshot`
    #[api(tag = "computer_screenshot")]
    ComputerScreenshot(ComputerScreenshotContent),
    /// `input_file`
    #[api(tag = "input_file")]
    InputFile(InputFileContent),
    /// `encrypted_content`
    #[api(tag = "encrypted_content")]
    EncryptedContent(BetaEncryptedContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id, input))]
#[non_exhaustive]
pub struct BetaResponseCustomToolCallInputDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The event type identifier.
    #[api(rename = "type", constant)]
    pub type_: ResponseCustomToolCallInputDoneLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output this event applies to.
    #[api(default)]
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    #[api(default)]
    pub item_id: String,
    /// The complete input data for the custom tool call.
    #[api(default)]
    pub input: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id, delta))]
#[non_exhaustive]
pub struct BetaResponseCustomToolCallInputDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The event type identifier.
    #[api(rename = "type", constant)]
    pub type_: ResponseCustomToolCallInputDeltaLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output this delta applies to.
    #[api(default)]
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    #[api(default)]
    pub item_id: String,
    /// The incremental input data (delta) for the custom tool call.
    #[api(default)]
    pub delta: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseQueuedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.queued'.
    #[api(rename = "type", constant)]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: BetaResponse,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// The response object
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(model, tools, tool_choice, id, created_at, output, parallel_tool_calls))]
#[non_exhaustive]
pub struct BetaResponse {
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<BetaMetadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    pub top_logprobs: Option<i64>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    /// We generally recommend altering this or `top_p` but not both.
    ///
    /// Defaults to `1`; from `0` to `2`.
    #[api(nullable)]
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling,
    /// where the model considers the results of the tokens with top_p probability
    /// mass. So 0.1 means only the tokens comprising the top 10% probability mass
    /// are considered.
    ///
    /// We generally recommend altering this or `temperature` but not both.
    #[api(nullable)]
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    #[deprecated(
        note = "This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations."
    )]
    pub user: Option<String>,
    /// A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    /// The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    pub safety_identifier: Option<String>,
    /// Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](https://platform.openai.com/docs/guides/prompt-caching).
    pub prompt_cache_key: Option<String>,
    /// Deprecated. Use `prompt_cache_options.ttl` instead.
    ///
    /// The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention).
    /// This field expresses a maximum retention policy, while
    /// `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two
    /// fields are independent and do not interact.
    /// For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.
    ///
    /// For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy:
    /// - Organizations without ZDR enabled default to `24h`.
    /// - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    #[deprecated(note = "Deprecated. Use `prompt_cache_options.ttl` instead.")]
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    /// The unique ID of the previous response to the model. Use this to
    /// create multi-turn conversations. Learn more about
    /// [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    #[api(default)]
    pub model: ModelIds,
    /// Whether to run the model response in the background.
    /// [Learn more](https://platform.openai.com/docs/guides/background).
    ///
    /// Defaults to `false`.
    pub background: Option<bool>,
    /// The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored.
    pub max_tool_calls: Option<i64>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    pub text: Option<Box<BetaResponseTextParam>>,
    /// An array of tools the model may call while generating a response. You
    /// can specify which tool to use by setting the `tool_choice` parameter.
    ///
    /// We support the following categories of tools:
    /// - **Built-in tools**: Tools that are provided by OpenAI that extend the
    ///   model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
    ///   or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
    ///   [built-in tools](https://platform.openai.com/docs/guides/tools).
    /// - **MCP Tools**: Integrations with third-party systems via custom MCP servers
    ///   or predefined connectors such as Google Drive and SharePoint. Learn more about
    ///   [MCP Tools](https://platform.openai.com/docs/guides/tools-connectors-mcp).
    /// - **Function calls (custom tools)**: Functions that are defined by you,
    ///   enabling the model to call your own code with strongly typed arguments
    ///   and outputs. Learn more about
    ///   [function calling](https://platform.openai.com/docs/guides/function-calling). You can also use
    ///   custom tools to call your own code.
    #[api(default)]
    pub tools: BetaToolsArray,
    /// How the model should select which tool (or tools) to use when generating
    /// a response. See the `tools` parameter to see how to specify which tools
    /// the model can call.
    pub tool_choice: ToolChoiceParam,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<BetaPrompt>,
    /// Specifies the processing type used for serving the request.
    /// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
    /// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
    /// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
    /// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
    /// - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`.
    /// - When not set, the default behavior is 'auto'.
    ///
    /// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    pub service_tier: Option<ServiceTierResponses>,
    /// The truncation strategy to use for the model response.
    /// - `auto`: If the input to this Response exceeds
    ///   the model's context window size, the model will truncate the
    ///   response to fit the context window by dropping items from the beginning of the conversation.
    /// - `disabled` (default): If the input size will exceed the context window
    ///   size for a model, the request will fail with a 400 error.
    pub truncation: Option<CreateResponseTruncation>,
    /// Unique identifier for this Response.
    #[api(default)]
    pub id: String,
    /// The object type of this resource - always set to `response`.
    #[api(constant)]
    pub object: ResponseLiteral,
    /// The status of the response generation. One of `completed`, `failed`,
    /// `in_progress`, `cancelled`, `queued`, or `incomplete`.
    pub status: Option<ResponseStatus>,
    /// Unix timestamp (in seconds) of when this Response was created.
    #[api(default)]
    pub created_at: f64,
    /// Unix timestamp (in seconds) of when this Response was completed.
    /// Only present when the status is `completed`.
    pub completed_at: Option<f64>,
    /// An error object returned when the model fails to generate a Response.
    #[api(nullable)]
    pub error: Option<ResponseError>,
    /// Details about why the response is incomplete.
    #[api(nullable)]
    pub incomplete_details: Option<ResponseIncompleteDetails>,
    /// An array of content items generated by the model.
    ///
    /// - The length and order of items in the `output` array is dependent
    ///   on the model's response.
    /// - Rather than accessing the first item in the `output` array and
    ///   assuming it's an `assistant` message with the content generated by
    ///   the model, you might consider using the `output_text` property where
    ///   supported in SDKs.
    #[api(default)]
    pub output: Vec<BetaOutputItem>,
    /// **gpt-5 and o-series models only**
    ///
    /// Configuration options for
    /// [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    pub reasoning: Option<Box<Reasoning>>,
    /// A system (or developer) message inserted into the model's context.
    ///
    /// When using along with `previous_response_id`, the instructions from a previous
    /// response will not be carried over to the next response. This makes it simple
    /// to swap out system (or developer) messages in new responses.
    #[api(nullable)]
    pub instructions: Option<BetaResponseInstructions>,
    /// SDK-only convenience property that contains the aggregated text output
    /// from all `output_text` items in the `output` array, if any are present.
    /// Supported in the Python and JavaScript SDKs.
    pub output_text: Option<String>,
    /// Represents token usage details including input tokens, output tokens,
    /// a breakdown of output tokens, and the total tokens used.
    pub usage: Option<ResponseUsage>,
    /// The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models.
    pub prompt_cache_options: Option<PromptCacheOptions>,
    /// Moderation results for the response input and output, if moderated completions were requested.
    pub moderation: Option<Box<Moderation>>,
    /// Whether to allow the model to run tool calls in parallel.
    ///
    /// Defaults to `true`.
    #[api(default)]
    pub parallel_tool_calls: bool,
    /// The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation.
    pub conversation: Option<ResponseConversation>,
    /// An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).
    pub max_output_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Set of 16 key-value pairs that can be attached to an object. This can be
/// useful for storing additional information about the object in a structured
/// format, and querying for objects via API or the dashboard.
///
/// Keys are strings with a maximum length of 64 characters. Values are strings
/// with a maximum length of 512 characters.
pub type BetaMetadata = std::collections::BTreeMap<String, String>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An array of tools the model may call while generating a response. You
/// can specify which tool to use by setting the `tool_choice` parameter.
///
/// We support the following categories of tools:
/// - **Built-in tools**: Tools that are provided by OpenAI that extend the
///   model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
///   or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
///   [built-in tools](https://platform.openai.com/docs/guides/tools).
/// - **MCP Tools**: Integrations with third-party systems via custom MCP servers
///   or predefined connectors such as Google Drive and SharePoint. Learn more about
///   [MCP Tools](https://platform.openai.com/docs/guides/tools-connectors-mcp).
/// - **Function calls (custom tools)**: Functions that are defined by you,
///   enabling the model to call your own code with strongly typed arguments
///   and outputs. Learn more about
///   [function calling](https://platform.openai.com/docs/guides/function-calling). You can also use
///   custom tools to call your own code.
pub type BetaToolsArray = Vec<BetaTool>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Reference to a prompt template and its variables.
/// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct BetaPrompt {
    /// The unique identifier of the prompt template to use.
    #[api(default)]
    pub id: String,
    /// Optional version of the prompt template.
    pub version: Option<String>,
    /// Optional map of values to substitute in for variables in your
    /// prompt. The substitution values can either be strings, or other
    /// Response input types like images or files.
    pub variables: Option<BetaResponsePromptVariables>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Optional map of values to substitute in for variables in your
/// prompt. The substitution values can either be strings, or other
/// Response input types like images or files.
pub type BetaResponsePromptVariables = std::collections::BTreeMap<
    String,
    ResponsePromptVariablesValue,
>;
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaOutputItem {
    /// `message`
    #[api(tag = "message")]
    Message(BetaOutputMessage),
    /// `file_search_call`
    #[api(tag = "file_search_call")]
    FileSearchCall(BetaFileSearchToolCall),
    /// `function_call`
    #[api(tag = "function_call")]
    FunctionCall(BetaFunctionToolCall),
    /// `function_call_output`
    #[api(tag = "function_call_output")]
    FunctionCallOutput(BetaFunctionToolCallOutputResource),
    /// `agent_message`
    #[api(tag = "agent_message")]
    AgentMessage(BetaAgentMessage),
    /// `multi_agent_call`
    #[api(tag = "multi_agent_call")]
    MultiAgentCall(BetaMultiAgentCall),
    /// `multi_agent_call_output`
    #[api(tag = "multi_agent_call_output")]
    MultiAgentCallOutput(BetaMultiAgentCallOutput),
    /// `web_search_call`
    #[api(tag = "web_search_call")]
    WebSearchCall(BetaWebSearchToolCall),
    /// `computer_call`
    #[api(tag = "computer_call")]
    ComputerCall(BetaComputerToolCall),
    /// `computer_call_output`
    #[api(tag = "computer_call_output")]
    ComputerCallOutput(BetaComputerToolCallOutputResource),
    /// `reasoning`
    #[api(tag = "reasoning")]
    Reasoning(BetaReasoningItem),
    /// `program`
    #[api(tag = "program")]
    Program(BetaProgram),
    /// `program_output`
    #[api(tag = "program_output")]
    ProgramOutput(BetaProgramOutput),
    /// `tool_search_call`
    #[api(tag = "tool_search_call")]
    ToolSearchCall(BetaToolSearchCall),
    /// `tool_search_output`
    #[api(tag = "tool_search_output")]
    ToolSearchOutput(BetaToolSearchOutput),
    /// `additional_tools`
    #[api(tag = "additional_tools")]
    AdditionalTools(BetaAdditionalTools),
    /// `compaction`
    #[api(tag = "compaction")]
    Compaction(BetaCompactionBody),
    /// `image_generation_call`
    #[api(tag = "image_generation_call")]
    ImageGenerationCall(BetaImageGenToolCall),
    /// `code_interpreter_call`
    #[api(tag = "code_interpreter_call")]
    CodeInterpreterCall(BetaCodeInterpreterToolCall),
    /// `local_shell_call`
    #[api(tag = "local_shell_call")]
    LocalShellCall(BetaLocalShellToolCall),
    /// `local_shell_call_output`
    #[api(tag = "local_shell_call_output")]
    LocalShellCallOutput(BetaLocalShellToolCallOutput),
    /// `shell_call`
    #[api(tag = "shell_call")]
    ShellCall(BetaFunctionShellCall),
    /// `shell_call_output`
    #[api(tag = "shell_call_output")]
    ShellCallOutput(BetaFunctionShellCallOutput),
    /// `apply_patch_call`
    #[api(tag = "apply_patch_call")]
    ApplyPatchCall(BetaApplyPatchToolCall),
    /// `apply_patch_call_output`
    #[api(tag = "apply_patch_call_output")]
    ApplyPatchCallOutput(BetaApplyPatchToolCallOutput),
    /// `mcp_call`
    #[api(tag = "mcp_call")]
    McpCall(BetaMcpToolCall),
    /// `mcp_list_tools`
    #[api(tag = "mcp_list_tools")]
    McpListTools(BetaMcpListTools),
    /// `mcp_approval_request`
    #[api(tag = "mcp_approval_request")]
    McpApprovalRequest(BetaMcpApprovalRequest),
    /// `mcp_approval_response`
    #[api(tag = "mcp_approval_response")]
    McpApprovalResponse(BetaMcpApprovalResponseResource),
    /// `custom_tool_call`
    #[api(tag = "custom_tool_call")]
    CustomToolCall(BetaCustomToolCall),
    /// `custom_tool_call_output`
    #[api(tag = "custom_tool_call_output")]
    CustomToolCallOutput(BetaCustomToolCallOutputResource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A system (or developer) message inserted into the model's context.
///
/// When using along with `previous_response_id`, the instructions from a previous
/// response will not be carried over to the next response. This makes it simple
/// to swap out system (or developer) messages in new responses.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaResponseInstructions {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, annotation_index, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseOutputTextAnnotationAddedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.output_text.annotation.added'.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputTextAnnotationAddedLiteral,
    /// The unique identifier of the item to which the annotation is being added.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part within the output item.
    #[api(default)]
    pub content_index: i64,
    /// The index of the annotation within the content part.
    #[api(default)]
    pub annotation_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The annotation object being added. (See annotation schema for details.)
    #[api(nullable)]
    pub annotation: Option<Annotation>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpListToolsInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_list_tools.in_progress'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpListToolsInProgressLiteral,
    /// The ID of the MCP tool call item that is being processed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that is being processed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpListToolsFailedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_list_tools.failed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpListToolsFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that failed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpListToolsCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_list_tools.completed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpListToolsCompletedLiteral,
    /// The ID of the MCP tool call item that produced this output.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that was processed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id))]
#[non_exhaustive]
pub struct BetaResponseMcpCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_call.in_progress'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    #[api(default)]
    pub item_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpCallFailedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_call.failed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that failed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_call.completed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The ID of the MCP tool call item that completed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that completed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, arguments, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpCallArgumentsDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_call_arguments.done'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallArgumentsDoneLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    #[api(default)]
    pub item_id: String,
    /// A JSON string containing the finalized arguments for the MCP tool call.
    #[api(default)]
    pub arguments: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, delta, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseMcpCallArgumentsDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.mcp_call_arguments.delta'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallArgumentsDeltaLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    #[api(default)]
    pub item_id: String,
    /// A JSON string containing the partial update to the arguments for the MCP tool call.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(output_index, item_id, sequence_number, partial_image_index, partial_image_b64)
)]
#[non_exhaustive]
pub struct BetaResponseImageGenCallPartialImageEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.image_generation_call.partial_image'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallPartialImageLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// 0-based index for the partial image (backend is 1-based, but this is 0-based for the user).
    #[api(default)]
    pub partial_image_index: i64,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    #[api(default)]
    pub partial_image_b64: String,
    /// The image size that was used.
    pub size: Option<String>,
    /// The image quality that was used.
    pub quality: Option<String>,
    /// The background setting that was used.
    pub background: Option<String>,
    /// The output format that was used.
    pub output_format: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseImageGenCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.image_generation_call.in_progress'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallInProgressLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseImageGenCallGeneratingEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.image_generation_call.generating'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallGeneratingLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item_id))]
#[non_exhaustive]
pub struct BetaResponseImageGenCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.image_generation_call.completed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallCompletedLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, text, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseReasoningTextDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.reasoning_text.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningTextDoneLiteral,
    /// The ID of the item this reasoning text is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this reasoning text is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the reasoning content part.
    #[api(default)]
    pub content_index: i64,
    /// The full text of the completed reasoning content.
    #[api(default)]
    pub text: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseReasoningTextDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.reasoning_text.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningTextDeltaLiteral,
    /// The ID of the item this reasoning text delta is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this reasoning text delta is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the reasoning content part this delta is associated with.
    #[api(default)]
    pub content_index: i64,
    /// The text delta that was added to the reasoning content.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, text, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseReasoningSummaryTextDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.reasoning_summary_text.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryTextDoneLiteral,
    /// The ID of the item this summary text is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary text is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The full text of the completed reasoning summary.
    #[api(default)]
    pub text: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, delta, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseReasoningSummaryTextDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.reasoning_summary_text.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryTextDeltaLiteral,
    /// The ID of the item this summary text delta is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary text delta is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The text delta that was added to the summary.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, sequence_number, part))]
#[non_exhaustive]
pub struct BetaResponseReasoningSummaryPartDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.reasoning_summary_part.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryPartDoneLiteral,
    /// The ID of the item this summary part is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The completion status of the summary part. Omitted when the part completed
    /// normally and set to `incomplete` when generation was interrupted.
    pub status: Option<IncompleteLiteral>,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The completed summary part.
    #[api(default)]
    pub part: ResponseReasoningSummaryPartDoneEventPart,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, sequence_number, part))]
#[non_exhaustive]
pub struct BetaResponseReasoningSummaryPartAddedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.reasoning_summary_part.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryPartAddedLiteral,
    /// The ID of the item this summary part is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The summary part that was added.
    #[api(default)]
    pub part: ResponseReasoningSummaryPartAddedEventPart,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, text, sequence_number, logprobs))]
#[non_exhaustive]
pub struct BetaResponseTextDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.output_text.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputTextDoneLiteral,
    /// The ID of the output item that the text content is finalized.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the text content is finalized.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the text content is finalized.
    #[api(default)]
    pub content_index: i64,
    /// The text content that is finalized.
    #[api(default)]
    pub text: String,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    #[api(default)]
    pub logprobs: Vec<ResponseLogProb>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number, logprobs))]
#[non_exhaustive]
pub struct BetaResponseTextDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.output_text.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputTextDeltaLiteral,
    /// The ID of the output item that the text delta was added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the text delta was added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the text delta was added to.
    #[api(default)]
    pub content_index: i64,
    /// The text delta that was added.
    #[api(default)]
    pub delta: String,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    #[api(default)]
    pub logprobs: Vec<ResponseLogProb>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, refusal, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseRefusalDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.refusal.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseRefusalDoneLiteral,
    /// The ID of the output item that the refusal text is finalized.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the refusal text is finalized.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the refusal text is finalized.
    #[api(default)]
    pub content_index: i64,
    /// The refusal text that is finalized.
    #[api(default)]
    pub refusal: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseRefusalDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.refusal.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseRefusalDeltaLiteral,
    /// The ID of the output item that the refusal text is added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the refusal text is added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the refusal text is added to.
    #[api(default)]
    pub content_index: i64,
    /// The refusal text that is added.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item))]
#[non_exhaustive]
pub struct BetaResponseOutputItemDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.output_item.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The index of the output item that was marked done.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The output item that was marked done.
    pub item: BetaOutputItem,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item))]
#[non_exhaustive]
pub struct BetaResponseOutputItemAddedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.output_item.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputItemAddedLiteral,
    /// The index of the output item that was added.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The output item that was added. For reasoning items, `encrypted_content`
    /// may be incomplete while the item is in progress. Use the reasoning item
    /// from the corresponding `response.output_item.done` event when passing it
    /// as input to a subsequent request.
    pub item: BetaOutputItem,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: BetaResponse,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, item_id, output_index, command_index, output))]
#[non_exhaustive]
pub struct BetaResponseShellCallOutputContentDoneStreamingEvent {
    /// The type of the event, always `response.shell_call_output_content.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallOutputContentDoneLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The ID of the output item that was updated.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that produced output.
    #[api(default)]
    pub command_index: i64,
    /// The output contents emitted for the shell command.
    #[api(default)]
    pub output: Vec<FunctionShellCallOutputContent>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, item_id, output_index, command_index, delta))]
#[non_exhaustive]
pub struct BetaResponseShellCallOutputContentDeltaStreamingEvent {
    /// The type of the event, always `response.shell_call_output_content.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallOutputContentDeltaLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The ID of the output item that was updated.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that produced output.
    #[api(default)]
    pub command_index: i64,
    /// The stdout/stderr delta that was emitted.
    #[api(default)]
    pub delta: ShellCallOutputDelta,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, command))]
#[non_exhaustive]
pub struct BetaResponseShellCallCommandDoneStreamingEvent {
    /// The type of the event, always `response.shell_call_command.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandDoneLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that was completed.
    #[api(default)]
    pub command_index: i64,
    /// The final shell command that was emitted.
    #[api(default)]
    pub command: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, delta))]
#[non_exhaustive]
pub struct BetaResponseShellCallCommandDeltaStreamingEvent {
    /// The type of the event, always `response.shell_call_command.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandDeltaLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that was updated.
    #[api(default)]
    pub command_index: i64,
    /// The shell command delta that was appended.
    #[api(default)]
    pub delta: String,
    /// An obfuscation string that was added to pad the event payload.
    pub obfuscation: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, command))]
#[non_exhaustive]
pub struct BetaResponseShellCallCommandAddedStreamingEvent {
    /// The type of the event, always `response.shell_call_command.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandAddedLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that was added.
    #[api(default)]
    pub command_index: i64,
    /// The shell command that was added.
    #[api(default)]
    pub command: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, name, output_index, sequence_number, arguments))]
#[non_exhaustive]
pub struct BetaResponseFunctionCallArgumentsDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    #[api(rename = "type", constant)]
    pub type_: ResponseFunctionCallArgumentsDoneLiteral,
    /// The ID of the item.
    #[api(default)]
    pub item_id: String,
    /// The name of the function that was called.
    #[api(default)]
    pub name: String,
    /// The index of the output item.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The function-call arguments.
    #[api(default)]
    pub arguments: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number, delta))]
#[non_exhaustive]
pub struct BetaResponseFunctionCallArgumentsDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.function_call_arguments.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFunctionCallArgumentsDeltaLiteral,
    /// The ID of the output item that the function-call arguments delta is added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the function-call arguments delta is added to.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The function-call arguments delta that is added.
    #[api(default)]
    pub delta: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseFileSearchCallSearchingEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.file_search_call.searching`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFileSearchCallSearchingLiteral,
    /// The index of the output item that the file search call is searching.
    #[api(default)]
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseFileSearchCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.file_search_call.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFileSearchCallInProgressLiteral,
    /// The index of the output item that the file search call is initiated.
    #[api(default)]
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseFileSearchCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.file_search_call.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFileSearchCallCompletedLiteral,
    /// The index of the output item that the file search call is initiated.
    #[api(default)]
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCreatedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.created`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: BetaResponse,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, sequence_number, part))]
#[non_exhaustive]
pub struct BetaResponseContentPartDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.content_part.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseContentPartDoneLiteral,
    /// The ID of the output item that the content part was added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that is done.
    #[api(default)]
    pub content_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The content part that is done.
    pub part: OutputContent,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, part, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseContentPartAddedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.content_part.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseContentPartAddedLiteral,
    /// The ID of the output item that the content part was added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that was added.
    #[api(default)]
    pub content_index: i64,
    /// The content part that was added.
    pub part: OutputContent,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: BetaResponse,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCodeInterpreterCallInterpretingEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.code_interpreter_call.interpreting`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallInterpretingLiteral,
    /// The index of the output item in the response for which the code interpreter is interpreting code.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCodeInterpreterCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.code_interpreter_call.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallInProgressLiteral,
    /// The index of the output item in the response for which the code interpreter call is in progress.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCodeInterpreterCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.code_interpreter_call.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallCompletedLiteral,
    /// The index of the output item in the response for which the code interpreter call is completed.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, code, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCodeInterpreterCallCodeDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.code_interpreter_call_code.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallCodeDoneLiteral,
    /// The index of the output item in the response for which the code is finalized.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The final code snippet output by the code interpreter.
    #[api(default)]
    pub code: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, delta, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseCodeInterpreterCallCodeDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.code_interpreter_call_code.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallCodeDeltaLiteral,
    /// The index of the output item in the response for which the code is being streamed.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The partial code snippet being streamed by the code interpreter.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number))]
#[non_exhaustive]
pub struct BetaResponseAudioTranscriptDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.transcript.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(delta, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseAudioTranscriptDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number))]
#[non_exhaustive]
pub struct BetaResponseAudioDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, delta))]
#[non_exhaustive]
pub struct BetaResponseAudioDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    #[api(default)]
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    #[api(default)]
    pub delta: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseIncompleteEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.incomplete`.
    #[api(rename = "type", constant)]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: BetaResponse,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(sequence_number, response))]
#[non_exhaustive]
pub struct BetaResponseFailedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.failed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The response that failed.
    pub response: BetaResponse,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseWebSearchCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.web_search_call.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseWebSearchCallCompletedLiteral,
    /// The index of the output item that the web search call is associated with.
    #[api(default)]
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseWebSearchCallSearchingEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.web_search_call.searching`.
    #[api(rename = "type", constant)]
    pub type_: ResponseWebSearchCallSearchingLiteral,
    /// The index of the output item that the web search call is associated with.
    #[api(default)]
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseWebSearchCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.web_search_call.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseWebSearchCallInProgressLiteral,
    /// The index of the output item that the web search call is associated with.
    #[api(default)]
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Text, image, or file inputs to the model, used to generate a response.
///
/// Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Image inputs](https://platform.openai.com/docs/guides/images)
/// - [File inputs](https://platform.openai.com/docs/guides/pdf-files)
/// - [Conversation state](https://platform.openai.com/docs/guides/conversation-state)
/// - [Function calling](https://platform.openai.com/docs/guides/function-calling)
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaInputParam {
    ItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types"))]
/// Configuration for server-hosted multi-agent execution.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
pub struct BetaMultiAgentParam {
    /// Whether to enable server-hosted multi-agent execution for this response.
    #[api(default)]
    pub enabled: bool,
    /// `max_concurrent_subagents` sets the maximum number of subagents that can be active simultaneously across the entire agent tree. It includes all descendants—children, grandchildren, and deeper subagents—but excludes the root agent.
    /// The API does not impose a fixed upper bound on this setting. The default is `3`, which is recommended for most workloads. Multi-agent runs also have no fixed limit on tree depth or the total number of subagents created during a run.
    ///
    /// At least `1`.
    pub max_concurrent_subagents: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
