//! Types of the `chatkit` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// Controls diagnostic tracing during the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
#[non_exhaustive]
pub struct ChatkitWorkflowTracing {
    /// Indicates whether tracing is enabled.
    #[api(default)]
    pub enabled: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Workflow metadata and state returned for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, tracing))]
#[non_exhaustive]
pub struct ChatkitWorkflow {
    /// Identifier of the workflow backing the session.
    #[api(default)]
    pub id: String,
    /// Specific workflow version used for the session. Defaults to null when using the latest deployment.
    #[api(nullable)]
    pub version: Option<String>,
    /// State variable key-value pairs applied when invoking the workflow. Defaults to null when no overrides were provided.
    #[api(nullable)]
    pub state_variables: Option<
        std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
    >,
    /// Tracing settings applied to the workflow.
    #[api(default)]
    pub tracing: ChatkitWorkflowTracing,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Active per-minute request limit for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(max_requests_per_1_minute))]
#[non_exhaustive]
pub struct ChatSessionRateLimits {
    /// Maximum allowed requests per one-minute window.
    #[api(default)]
    pub max_requests_per_1_minute: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ChatSessionStatus {
    /// `active`
    Active,
    /// `expired`
    Expired,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Automatic thread title preferences for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
#[non_exhaustive]
pub struct ChatSessionAutomaticThreadTitling {
    /// Whether automatic thread titling is enabled.
    #[api(default)]
    pub enabled: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Upload permissions and limits applied to the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
#[non_exhaustive]
pub struct ChatSessionFileUpload {
    /// Indicates if uploads are enabled for the session.
    #[api(default)]
    pub enabled: bool,
    /// Maximum upload size in megabytes.
    #[api(nullable)]
    pub max_file_size: Option<i64>,
    /// Maximum number of uploads allowed during the session.
    #[api(nullable)]
    pub max_files: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// History retention preferences returned for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
#[non_exhaustive]
pub struct ChatSessionHistory {
    /// Indicates if chat history is persisted for the session.
    #[api(default)]
    pub enabled: bool,
    /// Number of prior threads surfaced in history views. Defaults to null when all history is retained.
    #[api(nullable)]
    pub recent_threads: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// ChatKit configuration for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(automatic_thread_titling, file_upload, history))]
#[non_exhaustive]
pub struct ChatSessionChatkitConfiguration {
    /// Automatic thread titling preferences.
    #[api(default)]
    pub automatic_thread_titling: ChatSessionAutomaticThreadTitling,
    /// Upload settings for the session.
    #[api(default)]
    pub file_upload: ChatSessionFileUpload,
    /// History retention configuration.
    #[api(default)]
    pub history: ChatSessionHistory,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Represents a ChatKit session and its resolved configuration.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct ChatSessionResource {
    /// Identifier for the ChatKit session.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.session`.
    #[api(constant)]
    pub object: ChatkitSessionLiteral,
    /// Unix timestamp (in seconds) for when the session expires.
    #[api(default)]
    pub expires_at: i64,
    /// Ephemeral client secret that authenticates session requests.
    #[api(default)]
    pub client_secret: String,
    /// Workflow metadata for the session.
    #[api(default)]
    pub workflow: ChatkitWorkflow,
    /// User identifier associated with the session.
    #[api(default)]
    pub user: String,
    /// Resolved rate limit values.
    #[api(default)]
    pub rate_limits: ChatSessionRateLimits,
    /// Convenience copy of the per-minute request limit.
    #[api(default)]
    pub max_requests_per_1_minute: i64,
    /// Current lifecycle state of the session.
    #[api(default)]
    pub status: ChatSessionStatus,
    /// Resolved ChatKit feature configuration for the session.
    #[api(default)]
    pub chatkit_configuration: ChatSessionChatkitConfiguration,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.session`.
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
pub enum ChatkitSessionLiteral {
    /// `chatkit.session`
    #[default]
    #[api(rename = "chatkit.session")]
    ChatkitSession,
}
/// Controls diagnostic tracing during the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct WorkflowTracingParam {
    /// Whether tracing is enabled during the session. Defaults to true.
    pub enabled: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Workflow reference and overrides applied to the chat session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
pub struct WorkflowParam {
    /// Identifier for the workflow invoked by the session.
    #[api(default)]
    pub id: String,
    /// Specific workflow version to run. Defaults to the latest deployed version.
    pub version: Option<String>,
    /// State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object.
    pub state_variables: Option<
        std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
    >,
    /// Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default.
    pub tracing: Option<WorkflowTracingParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum WorkflowParamStateVariablesValue {
    Integer(i64),
    Number(f64),
    Bool(bool),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Controls when the session expires relative to an anchor timestamp.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(seconds))]
pub struct ExpiresAfterParam {
    /// Base timestamp used to calculate expiration. Currently fixed to `created_at`.
    #[api(constant)]
    pub anchor: CreatedAtLiteral,
    /// Number of seconds after the anchor when the session expires.
    ///
    /// From `1` to `600`.
    #[api(default)]
    pub seconds: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Controls request rate limits for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RateLimitsParam {
    /// Maximum number of requests allowed per minute for the session. Defaults to 10.
    pub max_requests_per_1_minute: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Controls whether ChatKit automatically generates thread titles.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct AutomaticThreadTitlingParam {
    /// Enable automatic thread title generation. Defaults to true.
    pub enabled: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Controls whether users can upload files.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct FileUploadParam {
    /// Enable uploads for this session. Defaults to false.
    pub enabled: Option<bool>,
    /// Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size.
    pub max_file_size: Option<i64>,
    /// Maximum number of files that can be uploaded to the session. Defaults to 10.
    pub max_files: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Controls how much historical context is retained for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct HistoryParam {
    /// Enables chat users to access previous ChatKit threads. Defaults to true.
    pub enabled: Option<bool>,
    /// Number of recent ChatKit threads users have access to. Defaults to unlimited when unset.
    ///
    /// At least `1`.
    pub recent_threads: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Optional per-session configuration settings for ChatKit behavior.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ChatkitConfigurationParam {
    /// Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default.
    pub automatic_thread_titling: Option<AutomaticThreadTitlingParam>,
    /// Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB).
    pub file_upload: Option<FileUploadParam>,
    /// Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null).
    pub history: Option<HistoryParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Parameters for provisioning a new ChatKit session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(workflow, user))]
pub struct CreateChatSessionBody {
    /// Workflow that powers the session.
    #[api(default)]
    pub workflow: WorkflowParam,
    /// A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
    ///
    /// At least `1` characters.
    #[api(default)]
    pub user: String,
    /// Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
    pub expires_after: Option<ExpiresAfterParam>,
    /// Optional override for per-minute request limits. When omitted, defaults to 10.
    pub rate_limits: Option<RateLimitsParam>,
    /// Optional overrides for ChatKit runtime configuration features
    pub chatkit_configuration: Option<ChatkitConfigurationParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Text block that a user contributed to the thread.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct UserMessageInputText {
    /// Type discriminator that is always `input_text`.
    #[api(rename = "type", constant)]
    pub type_: InputTextLiteral,
    /// Plain-text content supplied by the user.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Quoted snippet that the user referenced in their message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct UserMessageQuotedText {
    /// Type discriminator that is always `quoted_text`.
    #[api(rename = "type", constant)]
    pub type_: QuotedTextLiteral,
    /// Quoted text content.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `quoted_text`.
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
pub enum QuotedTextLiteral {
    /// `quoted_text`
    #[default]
    QuotedText,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AttachmentType {
    /// `image`
    Image,
    /// `file`
    File,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Attachment metadata included on thread items.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_, id, name, mime_type))]
#[non_exhaustive]
pub struct Attachment {
    /// Attachment discriminator.
    #[api(rename = "type", default)]
    pub type_: AttachmentType,
    /// Identifier for the attachment.
    #[api(default)]
    pub id: String,
    /// Original display name for the attachment.
    #[api(default)]
    pub name: String,
    /// MIME type of the attachment.
    #[api(default)]
    pub mime_type: String,
    /// Preview URL for rendering the attachment inline.
    #[api(nullable)]
    pub preview_url: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Tool selection that the assistant should honor when executing the item.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct ToolChoice {
    /// Identifier of the requested tool.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Model and tool overrides applied when generating the assistant response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct InferenceOptions {
    /// Preferred tool to invoke. Defaults to null when ChatKit should auto-select.
    #[api(nullable)]
    pub tool_choice: Option<ToolChoice>,
    /// Model name that generated the response. Defaults to null when using the session default.
    #[api(nullable)]
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// User-authored messages within a thread.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, content, attachments))]
#[non_exhaustive]
pub struct UserMessageItem {
    /// Identifier of the thread item.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    #[api(constant)]
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    #[api(default)]
    pub created_at: i64,
    /// Identifier of the parent thread.
    #[api(default)]
    pub thread_id: String,
    /// Defaults to `chatkit.user_message`.
    #[api(rename = "type", constant)]
    pub type_: ChatkitUserMessageLiteral,
    /// Ordered content elements supplied by the user.
    #[api(default)]
    pub content: Vec<UserMessageItemContentItem>,
    /// Attachments associated with the user message. Defaults to an empty list.
    #[api(default)]
    pub attachments: Vec<Attachment>,
    /// Inference overrides applied to the message. Defaults to null when unset.
    #[api(nullable)]
    pub inference_options: Option<InferenceOptions>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.thread_item`.
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
pub enum ChatkitThreadItemLiteral {
    /// `chatkit.thread_item`
    #[default]
    #[api(rename = "chatkit.thread_item")]
    ChatkitThreadItem,
}
/// The constant `chatkit.user_message`.
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
pub enum ChatkitUserMessageLiteral {
    /// `chatkit.user_message`
    #[default]
    #[api(rename = "chatkit.user_message")]
    ChatkitUserMessage,
}
/// Content blocks that comprise a user message.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum UserMessageItemContentItem {
    /// `input_text`
    #[api(tag = "input_text")]
    InputText(UserMessageInputText),
    /// `quoted_text`
    #[api(tag = "quoted_text")]
    QuotedText(UserMessageQuotedText),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Attachment source referenced by an annotation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(filename))]
#[non_exhaustive]
pub struct FileAnnotationSource {
    /// Type discriminator that is always `file`.
    #[api(rename = "type", constant)]
    pub type_: FileLiteral,
    /// Filename referenced by the annotation.
    #[api(default)]
    pub filename: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Annotation that references an uploaded file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(source))]
#[non_exhaustive]
pub struct FileAnnotation {
    /// Type discriminator that is always `file` for this annotation.
    #[api(rename = "type", constant)]
    pub type_: FileLiteral,
    /// File attachment referenced by the annotation.
    #[api(default)]
    pub source: FileAnnotationSource,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// URL backing an annotation entry.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url))]
#[non_exhaustive]
pub struct UrlAnnotationSource {
    /// Type discriminator that is always `url`.
    #[api(rename = "type", constant)]
    pub type_: UrlLiteral,
    /// URL referenced by the annotation.
    #[api(default)]
    pub url: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Annotation that references a URL.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(source))]
#[non_exhaustive]
pub struct UrlAnnotation {
    /// Type discriminator that is always `url` for this annotation.
    #[api(rename = "type", constant)]
    pub type_: UrlLiteral,
    /// URL referenced by the annotation.
    #[api(default)]
    pub source: UrlAnnotationSource,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Assistant response text accompanied by optional annotations.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text, annotations))]
#[non_exhaustive]
pub struct ResponseOutputText {
    /// Type discriminator that is always `output_text`.
    #[api(rename = "type", constant)]
    pub type_: OutputTextLiteral,
    /// Assistant generated text.
    #[api(default)]
    pub text: String,
    /// Ordered list of annotations attached to the response text.
    #[api(default)]
    pub annotations: Vec<ResponseOutputTextAnnotation>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Annotation object describing a cited source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ResponseOutputTextAnnotation {
    /// `file`
    #[api(tag = "file")]
    File(FileAnnotation),
    /// `url`
    #[api(tag = "url")]
    Url(UrlAnnotation),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Assistant-authored message within a thread.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, content))]
#[non_exhaustive]
pub struct AssistantMessageItem {
    /// Identifier of the thread item.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    #[api(constant)]
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    #[api(default)]
    pub created_at: i64,
    /// Identifier of the parent thread.
    #[api(default)]
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.assistant_message`.
    #[api(rename = "type", constant)]
    pub type_: ChatkitAssistantMessageLiteral,
    /// Ordered assistant response segments.
    #[api(default)]
    pub content: Vec<ResponseOutputText>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.assistant_message`.
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
pub enum ChatkitAssistantMessageLiteral {
    /// `chatkit.assistant_message`
    #[default]
    #[api(rename = "chatkit.assistant_message")]
    ChatkitAssistantMessage,
}
/// Thread item that renders a widget payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, widget))]
#[non_exhaustive]
pub struct WidgetMessageItem {
    /// Identifier of the thread item.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    #[api(constant)]
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    #[api(default)]
    pub created_at: i64,
    /// Identifier of the parent thread.
    #[api(default)]
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.widget`.
    #[api(rename = "type", constant)]
    pub type_: ChatkitWidgetLiteral,
    /// Serialized widget payload rendered in the UI.
    #[api(default)]
    pub widget: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.widget`.
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
pub enum ChatkitWidgetLiteral {
    /// `chatkit.widget`
    #[default]
    #[api(rename = "chatkit.widget")]
    ChatkitWidget,
}
/// Record of a client side tool invocation initiated by the assistant.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, status, call_id, name, arguments))]
#[non_exhaustive]
pub struct ClientToolCallItem {
    /// Identifier of the thread item.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    #[api(constant)]
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    #[api(default)]
    pub created_at: i64,
    /// Identifier of the parent thread.
    #[api(default)]
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.client_tool_call`.
    #[api(rename = "type", constant)]
    pub type_: ChatkitClientToolCallLiteral,
    /// Execution status for the tool call.
    #[api(default)]
    pub status: ApplyPatchCallStatus,
    /// Identifier for the client tool call.
    #[api(default)]
    pub call_id: String,
    /// Tool name that was invoked.
    #[api(default)]
    pub name: String,
    /// JSON-encoded arguments that were sent to the tool.
    #[api(default)]
    pub arguments: String,
    /// JSON-encoded output captured from the tool. Defaults to null while execution is in progress.
    #[api(nullable)]
    pub output: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.client_tool_call`.
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
pub enum ChatkitClientToolCallLiteral {
    /// `chatkit.client_tool_call`
    #[default]
    #[api(rename = "chatkit.client_tool_call")]
    ChatkitClientToolCall,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum TaskType {
    /// `custom`
    Custom,
    /// `thought`
    Thought,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Task emitted by the workflow to show progress and status updates.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, task_type))]
#[non_exhaustive]
pub struct TaskItem {
    /// Identifier of the thread item.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    #[api(constant)]
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    #[api(default)]
    pub created_at: i64,
    /// Identifier of the parent thread.
    #[api(default)]
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.task`.
    #[api(rename = "type", constant)]
    pub type_: ChatkitTaskLiteral,
    /// Subtype for the task.
    #[api(default)]
    pub task_type: TaskType,
    /// Optional heading for the task. Defaults to null when not provided.
    #[api(nullable)]
    pub heading: Option<String>,
    /// Optional summary that describes the task. Defaults to null when omitted.
    #[api(nullable)]
    pub summary: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.task`.
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
pub enum ChatkitTaskLiteral {
    /// `chatkit.task`
    #[default]
    #[api(rename = "chatkit.task")]
    ChatkitTask,
}
/// Task entry that appears within a TaskGroup.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct TaskGroupTask {
    /// Subtype for the grouped task.
    #[api(rename = "type", default)]
    pub type_: TaskType,
    /// Optional heading for the grouped task. Defaults to null when not provided.
    #[api(nullable)]
    pub heading: Option<String>,
    /// Optional summary that describes the grouped task. Defaults to null when omitted.
    #[api(nullable)]
    pub summary: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Collection of workflow tasks grouped together in the thread.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, tasks))]
#[non_exhaustive]
pub struct TaskGroupItem {
    /// Identifier of the thread item.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    #[api(constant)]
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    #[api(default)]
    pub created_at: i64,
    /// Identifier of the parent thread.
    #[api(default)]
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.task_group`.
    #[api(rename = "type", constant)]
    pub type_: ChatkitTaskGroupLiteral,
    /// Tasks included in the group.
    #[api(default)]
    pub tasks: Vec<TaskGroupTask>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.task_group`.
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
pub enum ChatkitTaskGroupLiteral {
    /// `chatkit.task_group`
    #[default]
    #[api(rename = "chatkit.task_group")]
    ChatkitTaskGroup,
}
/// The thread item
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ThreadItem {
    /// `chatkit.user_message`
    #[api(tag = "chatkit.user_message")]
    ChatkitUserMessage(UserMessageItem),
    /// `chatkit.assistant_message`
    #[api(tag = "chatkit.assistant_message")]
    ChatkitAssistantMessage(AssistantMessageItem),
    /// `chatkit.widget`
    #[api(tag = "chatkit.widget")]
    ChatkitWidget(WidgetMessageItem),
    /// `chatkit.client_tool_call`
    #[api(tag = "chatkit.client_tool_call")]
    ChatkitClientToolCall(ClientToolCallItem),
    /// `chatkit.task`
    #[api(tag = "chatkit.task")]
    ChatkitTask(TaskItem),
    /// `chatkit.task_group`
    #[api(tag = "chatkit.task_group")]
    ChatkitTaskGroup(TaskGroupItem),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// A paginated list of thread items rendered for the ChatKit API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ThreadItemListResource {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items
    #[api(default)]
    pub data: Vec<ThreadItem>,
    /// The ID of the first item in the list.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last item in the list.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::pagination::Page for ThreadItemListResource {
    type Item = ThreadItem;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Indicates that a thread is active.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ActiveStatus {
    /// Status discriminator that is always `active`.
    #[api(rename = "type", constant)]
    pub type_: ActiveLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `active`.
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
pub enum ActiveLiteral {
    /// `active`
    #[default]
    Active,
}
/// Indicates that a thread is locked and cannot accept new input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct LockedStatus {
    /// Status discriminator that is always `locked`.
    #[api(rename = "type", constant)]
    pub type_: LockedLiteral,
    /// Reason that the thread was locked. Defaults to null when no reason is recorded.
    #[api(nullable)]
    pub reason: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `locked`.
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
pub enum LockedLiteral {
    /// `locked`
    #[default]
    Locked,
}
/// Indicates that a thread has been closed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ClosedStatus {
    /// Status discriminator that is always `closed`.
    #[api(rename = "type", constant)]
    pub type_: ClosedLiteral,
    /// Reason that the thread was closed. Defaults to null when no reason is recorded.
    #[api(nullable)]
    pub reason: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `closed`.
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
pub enum ClosedLiteral {
    /// `closed`
    #[default]
    Closed,
}
/// Represents a ChatKit thread and its current status.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, created_at, status, user))]
#[non_exhaustive]
pub struct ThreadResource {
    /// Identifier of the thread.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread`.
    #[api(constant)]
    pub object: ChatkitThreadLiteral,
    /// Unix timestamp (in seconds) for when the thread was created.
    #[api(default)]
    pub created_at: i64,
    /// Optional human-readable title for the thread. Defaults to null when no title has been generated.
    #[api(nullable)]
    pub title: Option<String>,
    /// Current status for the thread. Defaults to `active` for newly created threads.
    pub status: ThreadResourceStatus,
    /// Free-form string that identifies your end user who owns the thread.
    #[api(default)]
    pub user: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.thread`.
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
pub enum ChatkitThreadLiteral {
    /// `chatkit.thread`
    #[default]
    #[api(rename = "chatkit.thread")]
    ChatkitThread,
}
/// Current status for the thread. Defaults to `active` for newly created threads.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ThreadResourceStatus {
    /// `active`
    #[api(tag = "active")]
    Active(ActiveStatus),
    /// `locked`
    #[api(tag = "locked")]
    Locked(LockedStatus),
    /// `closed`
    #[api(tag = "closed")]
    Closed(ClosedStatus),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Confirmation payload returned after deleting a thread.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeletedThreadResource {
    /// Identifier of the deleted thread.
    #[api(default)]
    pub id: String,
    /// Type discriminator that is always `chatkit.thread.deleted`.
    #[api(constant)]
    pub object: ChatkitThreadDeletedLiteral,
    /// Indicates that the thread has been deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `chatkit.thread.deleted`.
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
pub enum ChatkitThreadDeletedLiteral {
    /// `chatkit.thread.deleted`
    #[default]
    #[api(rename = "chatkit.thread.deleted")]
    ChatkitThreadDeleted,
}
/// A paginated list of ChatKit threads.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ThreadListResource {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items
    #[api(default)]
    pub data: Vec<ThreadResource>,
    /// The ID of the first item in the list.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last item in the list.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::pagination::Page for ThreadListResource {
    type Item = ThreadResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Query and header parameters of `ListThreadItemsMethod`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListThreadItemsMethodParams {
    /// Maximum number of thread items to return. Defaults to 20.
    pub limit: Option<i64>,
    /// Sort order for results by creation time. Defaults to `desc`.
    pub order: Option<OrderEnum>,
    /// List items created after this thread item ID. Defaults to null for the first page.
    pub after: Option<String>,
    /// List items created before this thread item ID. Defaults to null for the newest results.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `ListThreadsMethod`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListThreadsMethodParams {
    /// Maximum number of thread items to return. Defaults to 20.
    pub limit: Option<i64>,
    /// Sort order for results by creation time. Defaults to `desc`.
    pub order: Option<OrderEnum>,
    /// List items created after this thread item ID. Defaults to null for the first page.
    pub after: Option<String>,
    /// List items created before this thread item ID. Defaults to null for the newest results.
    pub before: Option<String>,
    /// Filter threads that belong to this user identifier. Defaults to null to return all users.
    pub user: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
