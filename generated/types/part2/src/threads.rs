//! Types of the `threads` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(feature = "threads")]
/// Represents an event emitted when streaming a Run.
///
/// Each event in a server-sent events stream has an `event` and `data` property:
///
/// ```text
/// event: thread.created
/// data: {"id": "thread_123", "object": "thread", ...}
/// ```
///
/// We emit events whenever a new object is created, transitions to a new state, or is being
/// streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
/// is created, `thread.run.completed` when a run completes, and so on. When an Assistant chooses
/// to create a message during a run, we emit a `thread.message.created event`, a
/// `thread.message.in_progress` event, many `thread.message.delta` events, and finally a
/// `thread.message.completed` event.
///
/// We may add additional events over time, so we recommend handling unknown events gracefully
/// in your code. See the [Assistants API quickstart](https://platform.openai.com/docs/assistants/overview) to learn how to
/// integrate the Assistants API with streaming.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum AssistantStreamEvent {
    ThreadStreamEvent(ThreadStreamEvent),
    ErrorEvent(ErrorEvent),
    DoneEvent(DoneEvent),
    RunStreamEvent(Box<RunStreamEvent>),
    RunStepStreamEvent(RunStepStreamEvent),
    MessageStreamEvent(MessageStreamEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Occurs when a new [thread](https://platform.openai.com/docs/api-reference/threads/object) is created.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[api(strict)]
#[non_exhaustive]
pub struct ThreadStreamEvent {
    /// Whether to enable input audio transcription.
    pub enabled: Option<bool>,
    #[api(constant)]
    pub event: ThreadCreatedLiteral,
    /// Represents a thread that contains [messages](https://platform.openai.com/docs/api-reference/messages).
    pub data: Thread,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.created`.
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
pub enum ThreadCreatedLiteral {
    /// `thread.created`
    #[default]
    #[api(rename = "thread.created")]
    ThreadCreated,
}
#[cfg(feature = "threads")]
/// Represents a thread that contains [messages](https://platform.openai.com/docs/api-reference/messages).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at))]
#[non_exhaustive]
pub struct Thread {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `thread`.
    #[api(constant)]
    pub object: ThreadLiteral,
    /// The Unix timestamp (in seconds) for when the thread was created.
    #[api(default)]
    pub created_at: i64,
    /// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    #[api(nullable)]
    pub tool_resources: Option<ThreadObjectToolResources>,
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
#[cfg(feature = "threads")]
/// The specification's name for [`Thread`].
pub type ThreadObject = Thread;
#[cfg(feature = "threads")]
/// The constant `thread`.
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
pub enum ThreadLiteral {
    /// `thread`
    #[default]
    Thread,
}
#[cfg(feature = "threads")]
/// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ThreadObjectToolResources {
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    pub file_search: Option<ThreadObjectToolResourcesFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ThreadObjectToolResourcesCodeInterpreter {
    /// A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    pub file_ids: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ThreadObjectToolResourcesFileSearch {
    /// The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    pub vector_store_ids: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `event` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "event")]
pub enum RunStreamEvent {
    /// `thread.run.created`
    #[api(tag = "thread.run.created")]
    ThreadRunCreated(RunStreamEventThreadRunCreated),
    /// `thread.run.queued`
    #[api(tag = "thread.run.queued")]
    ThreadRunQueued(RunStreamEventThreadRunQueued),
    /// `thread.run.in_progress`
    #[api(tag = "thread.run.in_progress")]
    ThreadRunInProgress(RunStreamEventThreadRunInProgress),
    /// `thread.run.requires_action`
    #[api(tag = "thread.run.requires_action")]
    ThreadRunRequiresAction(RunStreamEventThreadRunRequiresAction),
    /// `thread.run.completed`
    #[api(tag = "thread.run.completed")]
    ThreadRunCompleted(RunStreamEventThreadRunCompleted),
    /// `thread.run.incomplete`
    #[api(tag = "thread.run.incomplete")]
    ThreadRunIncomplete(RunStreamEventThreadRunIncomplete),
    /// `thread.run.failed`
    #[api(tag = "thread.run.failed")]
    ThreadRunFailed(RunStreamEventThreadRunFailed),
    /// `thread.run.cancelling`
    #[api(tag = "thread.run.cancelling")]
    ThreadRunCancelling(RunStreamEventThreadRunCancelling),
    /// `thread.run.cancelled`
    #[api(tag = "thread.run.cancelled")]
    ThreadRunCancelled(RunStreamEventThreadRunCancelled),
    /// `thread.run.expired`
    #[api(tag = "thread.run.expired")]
    ThreadRunExpired(RunStreamEventThreadRunExpired),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Occurs when a new [run](https://platform.openai.com/docs/api-reference/runs/object) is created.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCreated {
    #[api(constant)]
    pub event: ThreadRunCreatedLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.created`.
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
pub enum ThreadRunCreatedLiteral {
    /// `thread.run.created`
    #[default]
    #[api(rename = "thread.run.created")]
    ThreadRunCreated,
}
#[cfg(feature = "threads")]
/// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct Run {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `thread.run`.
    #[api(constant)]
    pub object: ThreadRunLiteral,
    /// The Unix timestamp (in seconds) for when the run was created.
    #[api(default)]
    pub created_at: i64,
    /// The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was executed on as a part of this run.
    #[api(default)]
    pub thread_id: String,
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for execution of this run.
    #[api(default)]
    pub assistant_id: String,
    /// The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
    #[api(default)]
    pub status: RunObjectStatus,
    /// Details on the action required to continue the run. Will be `null` if no action is required.
    #[api(nullable)]
    pub required_action: Option<RunObjectRequiredAction>,
    /// The last error associated with this run. Will be `null` if there are no errors.
    #[api(nullable)]
    pub last_error: Option<RunObjectLastError>,
    /// The Unix timestamp (in seconds) for when the run will expire.
    #[api(nullable)]
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run was started.
    #[api(nullable)]
    pub started_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run was cancelled.
    #[api(nullable)]
    pub cancelled_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run failed.
    #[api(nullable)]
    pub failed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run was completed.
    #[api(nullable)]
    pub completed_at: Option<i64>,
    /// Details on why the run is incomplete. Will be `null` if the run is not incomplete.
    #[api(nullable)]
    pub incomplete_details: Option<RunObjectIncompleteDetails>,
    /// The model that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    #[api(default)]
    pub model: String,
    /// The instructions that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    #[api(default)]
    pub instructions: String,
    /// The list of tools that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    ///
    /// At most `20` items.
    #[api(default)]
    pub tools: Vec<RunObjectTool>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<Metadata>,
    /// Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.).
    #[api(nullable)]
    pub usage: Option<RunCompletionUsage>,
    /// The sampling temperature used for this run. If not set, defaults to 1.
    pub temperature: Option<f64>,
    /// The nucleus sampling value used for this run. If not set, defaults to 1.
    pub top_p: Option<f64>,
    /// The maximum number of prompt tokens specified to have been used over the course of the run.
    ///
    /// At least `256`.
    #[api(nullable)]
    pub max_prompt_tokens: Option<i64>,
    /// The maximum number of completion tokens specified to have been used over the course of the run.
    ///
    /// At least `256`.
    #[api(nullable)]
    pub max_completion_tokens: Option<i64>,
    /// Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run.
    #[api(nullable)]
    pub truncation_strategy: Option<TruncationObject>,
    /// Controls which (if any) tool is called by the model.
    /// `none` means the model will not call any tools and instead generates a message.
    /// `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
    /// `required` means the model must call one or more tools before responding to the user.
    /// Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
    #[api(nullable)]
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
    #[api(default)]
    pub parallel_tool_calls: ParallelToolCalls,
    /// Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
    ///
    /// Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.
    ///
    /// **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    #[api(nullable)]
    pub response_format: Option<AssistantsApiResponseFormatOption>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The specification's name for [`Run`].
pub type RunObject = Run;
#[cfg(feature = "threads")]
/// The constant `thread.run`.
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
pub enum ThreadRunLiteral {
    /// `thread.run`
    #[default]
    #[api(rename = "thread.run")]
    ThreadRun,
}
#[cfg(feature = "threads")]
/// The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RunObjectStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `requires_action`
    RequiresAction,
    /// `cancelling`
    Cancelling,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Details on the action required to continue the run. Will be `null` if no action is required.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(submit_tool_outputs))]
#[non_exhaustive]
pub struct RunObjectRequiredAction {
    /// For now, this is always `submit_tool_outputs`.
    #[api(rename = "type", constant)]
    pub type_: SubmitToolOutputsLiteral,
    /// Details on the tool outputs needed for this run to continue.
    #[api(default)]
    pub submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `submit_tool_outputs`.
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
pub enum SubmitToolOutputsLiteral {
    /// `submit_tool_outputs`
    #[default]
    SubmitToolOutputs,
}
#[cfg(feature = "threads")]
/// Details on the tool outputs needed for this run to continue.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(tool_calls))]
#[non_exhaustive]
pub struct RunObjectRequiredActionSubmitToolOutputs {
    /// A list of the relevant tool calls.
    #[api(default)]
    pub tool_calls: Vec<RunToolCallObject>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Tool call objects
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, function))]
#[non_exhaustive]
pub struct RunToolCallObject {
    /// The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit tool outputs to run](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) endpoint.
    #[api(default)]
    pub id: String,
    /// The type of tool call the output is required for. For now, this is always `function`.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    /// The function definition.
    #[api(default)]
    pub function: RunToolCallObjectFunction,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The function definition.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, arguments))]
#[non_exhaustive]
pub struct RunToolCallObjectFunction {
    /// The name of the function.
    #[api(default)]
    pub name: String,
    /// The arguments that the model expects you to pass to the function.
    #[api(default)]
    pub arguments: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The last error associated with this run. Will be `null` if there are no errors.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct RunObjectLastError {
    /// One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`.
    #[api(default)]
    pub code: RunObjectLastErrorCode,
    /// A human-readable description of the error.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RunObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// `invalid_prompt`
    InvalidPrompt,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Details on why the run is incomplete. Will be `null` if the run is not incomplete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunObjectIncompleteDetails {
    /// The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run.
    pub reason: Option<RunObjectIncompleteDetailsReason>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RunObjectIncompleteDetailsReason {
    /// `max_completion_tokens`
    MaxCompletionTokens,
    /// `max_prompt_tokens`
    MaxPromptTokens,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(completion_tokens, prompt_tokens, total_tokens))]
#[non_exhaustive]
pub struct RunCompletionUsage {
    /// Number of completion tokens used over the course of the run.
    #[api(default)]
    pub completion_tokens: i64,
    /// Number of prompt tokens used over the course of the run.
    #[api(default)]
    pub prompt_tokens: i64,
    /// Total number of tokens used (prompt + completion).
    #[api(default)]
    pub total_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct TruncationObject {
    /// The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`.
    #[api(rename = "type", default)]
    pub type_: TruncationObjectType,
    /// The number of most recent messages from the thread when constructing the context for the run.
    ///
    /// At least `1`.
    pub last_messages: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum TruncationObjectType {
    /// `auto`
    Auto,
    /// `last_messages`
    LastMessages,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Controls which (if any) tool is called by the model.
/// `none` means the model will not call any tools and instead generates a message.
/// `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
/// `required` means the model must call one or more tools before responding to the user.
/// Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum AssistantsApiToolChoiceOption {
    NamedToolChoice(AssistantsNamedToolChoice),
    #[api(from_str)]
    Mode(AssistantsApiToolChoiceOptionMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Specifies a tool the model should use. Use to force the model to call a specific tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[api(strict)]
#[non_exhaustive]
pub struct AssistantsNamedToolChoice {
    /// The type of the tool. If type is `function`, the function name must be set
    #[api(rename = "type")]
    pub type_: AssistantsNamedToolChoiceType,
    pub function: Option<AssistantsNamedToolChoiceFunction>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The type of the tool. If type is `function`, the function name must be set
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AssistantsNamedToolChoiceType {
    /// `function`
    Function,
    /// `code_interpreter`
    CodeInterpreter,
    /// `file_search`
    FileSearch,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `queued` status.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunQueued {
    #[api(constant)]
    pub event: ThreadRunQueuedLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.queued`.
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
pub enum ThreadRunQueuedLiteral {
    /// `thread.run.queued`
    #[default]
    #[api(rename = "thread.run.queued")]
    ThreadRunQueued,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to an `in_progress` status.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunInProgress {
    #[api(constant)]
    pub event: ThreadRunInProgressLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.in_progress`.
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
pub enum ThreadRunInProgressLiteral {
    /// `thread.run.in_progress`
    #[default]
    #[api(rename = "thread.run.in_progress")]
    ThreadRunInProgress,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `requires_action` status.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunRequiresAction {
    #[api(constant)]
    pub event: ThreadRunRequiresActionLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.requires_action`.
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
pub enum ThreadRunRequiresActionLiteral {
    /// `thread.run.requires_action`
    #[default]
    #[api(rename = "thread.run.requires_action")]
    ThreadRunRequiresAction,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCompleted {
    #[api(constant)]
    pub event: ThreadRunCompletedLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.completed`.
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
pub enum ThreadRunCompletedLiteral {
    /// `thread.run.completed`
    #[default]
    #[api(rename = "thread.run.completed")]
    ThreadRunCompleted,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) ends with status `incomplete`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunIncomplete {
    #[api(constant)]
    pub event: ThreadRunIncompleteLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.incomplete`.
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
pub enum ThreadRunIncompleteLiteral {
    /// `thread.run.incomplete`
    #[default]
    #[api(rename = "thread.run.incomplete")]
    ThreadRunIncomplete,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) fails.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunFailed {
    #[api(constant)]
    pub event: ThreadRunFailedLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.failed`.
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
pub enum ThreadRunFailedLiteral {
    /// `thread.run.failed`
    #[default]
    #[api(rename = "thread.run.failed")]
    ThreadRunFailed,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `cancelling` status.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCancelling {
    #[api(constant)]
    pub event: ThreadRunCancellingLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.cancelling`.
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
pub enum ThreadRunCancellingLiteral {
    /// `thread.run.cancelling`
    #[default]
    #[api(rename = "thread.run.cancelling")]
    ThreadRunCancelling,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is cancelled.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCancelled {
    #[api(constant)]
    pub event: ThreadRunCancelledLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.cancelled`.
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
pub enum ThreadRunCancelledLiteral {
    /// `thread.run.cancelled`
    #[default]
    #[api(rename = "thread.run.cancelled")]
    ThreadRunCancelled,
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) expires.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStreamEventThreadRunExpired {
    #[api(constant)]
    pub event: ThreadRunExpiredLiteral,
    /// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: Run,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.expired`.
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
pub enum ThreadRunExpiredLiteral {
    /// `thread.run.expired`
    #[default]
    #[api(rename = "thread.run.expired")]
    ThreadRunExpired,
}
#[cfg(feature = "threads")]
/// Told apart by the `event` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "event")]
pub enum RunStepStreamEvent {
    /// `thread.run.step.created`
    #[api(tag = "thread.run.step.created")]
    ThreadRunStepCreated(RunStepStreamEventThreadRunStepCreated),
    /// `thread.run.step.in_progress`
    #[api(tag = "thread.run.step.in_progress")]
    ThreadRunStepInProgress(RunStepStreamEventThreadRunStepInProgress),
    /// `thread.run.step.delta`
    #[api(tag = "thread.run.step.delta")]
    ThreadRunStepDelta(RunStepStreamEventThreadRunStepDelta),
    /// `thread.run.step.completed`
    #[api(tag = "thread.run.step.completed")]
    ThreadRunStepCompleted(RunStepStreamEventThreadRunStepCompleted),
    /// `thread.run.step.failed`
    #[api(tag = "thread.run.step.failed")]
    ThreadRunStepFailed(RunStepStreamEventThreadRunStepFailed),
    /// `thread.run.step.cancelled`
    #[api(tag = "thread.run.step.cancelled")]
    ThreadRunStepCancelled(RunStepStreamEventThreadRunStepCancelled),
    /// `thread.run.step.expired`
    #[api(tag = "thread.run.step.expired")]
    ThreadRunStepExpired(RunStepStreamEventThreadRunStepExpired),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is created.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepCreated {
    #[api(constant)]
    pub event: ThreadRunStepCreatedLiteral,
    /// Represents a step in execution of a run.
    pub data: RunStep,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.created`.
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
pub enum ThreadRunStepCreatedLiteral {
    /// `thread.run.step.created`
    #[default]
    #[api(rename = "thread.run.step.created")]
    ThreadRunStepCreated,
}
#[cfg(feature = "threads")]
/// Represents a step in execution of a run.
///
/// Its values come from the API: to make one (in a test), decode it from JSON.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct RunStep {
    /// The identifier of the run step, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `thread.run.step`.
    #[api(constant)]
    pub object: ThreadRunStepLiteral,
    /// The Unix timestamp (in seconds) for when the run step was created.
    #[api(default)]
    pub created_at: i64,
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) associated with the run step.
    #[api(default)]
    pub assistant_id: String,
    /// The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
    #[api(default)]
    pub thread_id: String,
    /// The ID of the [run](https://platform.openai.com/docs/api-reference/runs) that this run step is a part of.
    #[api(default)]
    pub run_id: String,
    /// The type of run step, which can be either `message_creation` or `tool_calls`.
    #[api(rename = "type", default)]
    pub type_: RunStepObjectType,
    /// The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`.
    #[api(default)]
    pub status: RunStepObjectStatus,
    /// The details of the run step.
    pub step_details: RunStepObjectStepDetails,
    /// The last error associated with this run step. Will be `null` if there are no errors.
    #[api(nullable)]
    pub last_error: Option<RunStepObjectLastError>,
    /// The Unix timestamp (in seconds) for when the run step expired. A step is considered expired if the parent run is expired.
    #[api(nullable)]
    pub expired_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run step was cancelled.
    #[api(nullable)]
    pub cancelled_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run step failed.
    #[api(nullable)]
    pub failed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run step completed.
    #[api(nullable)]
    pub completed_at: Option<i64>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<Metadata>,
    /// Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`.
    #[api(nullable)]
    pub usage: Option<RunStepCompletionUsage>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The specification's name for [`RunStep`].
pub type RunStepObject = RunStep;
#[cfg(feature = "threads")]
/// The constant `thread.run.step`.
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
pub enum ThreadRunStepLiteral {
    /// `thread.run.step`
    #[default]
    #[api(rename = "thread.run.step")]
    ThreadRunStep,
}
#[cfg(feature = "threads")]
/// The type of run step, which can be either `message_creation` or `tool_calls`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RunStepObjectType {
    /// `message_creation`
    MessageCreation,
    /// `tool_calls`
    ToolCalls,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RunStepObjectStatus {
    /// `in_progress`
    InProgress,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// The details of the run step.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunStepObjectStepDetails {
    /// `message_creation`
    #[api(tag = "message_creation")]
    MessageCreation(RunStepDetailsMessageCreationObject),
    /// `tool_calls`
    #[api(tag = "tool_calls")]
    ToolCalls(RunStepDetailsToolCallsObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Details of the message creation by the run step.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(message_creation))]
#[non_exhaustive]
pub struct RunStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    #[api(rename = "type", constant)]
    pub type_: MessageCreationLiteral,
    #[api(default)]
    pub message_creation: RunStepDetailsMessageCreationObjectMessageCreation,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `message_creation`.
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
pub enum MessageCreationLiteral {
    /// `message_creation`
    #[default]
    MessageCreation,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(message_id))]
#[non_exhaustive]
pub struct RunStepDetailsMessageCreationObjectMessageCreation {
    /// The ID of the message that was created by this run step.
    #[api(default)]
    pub message_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Details of the tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(tool_calls))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    #[api(rename = "type", constant)]
    pub type_: ToolCallsLiteral,
    /// An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    #[api(default)]
    pub tool_calls: Vec<RunStepDetailsToolCallsObjectToolCall>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `tool_calls`.
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
pub enum ToolCallsLiteral {
    /// `tool_calls`
    #[default]
    ToolCalls,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunStepDetailsToolCallsObjectToolCall {
    /// `code_interpreter`
    #[api(tag = "code_interpreter")]
    CodeInterpreter(RunStepDetailsToolCallsCodeObject),
    /// `file_search`
    #[api(tag = "file_search")]
    FileSearch(RunStepDetailsToolCallsFileSearchObject),
    /// `function`
    #[api(tag = "function")]
    Function(RunStepDetailsToolCallsFunctionObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Details of the Code Interpreter tool call the run step was involved in.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, code_interpreter))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeObject {
    /// The ID of the tool call.
    #[api(default)]
    pub id: String,
    /// The type of tool call. This is always going to be `code_interpreter` for this type of tool call.
    #[api(rename = "type", constant)]
    pub type_: CodeInterpreterLiteral,
    /// The Code Interpreter tool call definition.
    #[api(default)]
    pub code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The Code Interpreter tool call definition.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input, outputs))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The input to the Code Interpreter tool call.
    #[api(default)]
    pub input: String,
    /// The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    #[api(default)]
    pub outputs: Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    /// `logs`
    #[api(tag = "logs")]
    Logs(RunStepDetailsToolCallsCodeOutputLogsObject),
    /// `image`
    #[api(tag = "image")]
    Image(RunStepDetailsToolCallsCodeOutputImageObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Text output from the Code Interpreter tool call as part of a run step.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(logs))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeOutputLogsObject {
    /// Always `logs`.
    #[api(rename = "type", constant)]
    pub type_: LogsLiteral,
    /// The text output from the Code Interpreter tool call.
    #[api(default)]
    pub logs: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Code Interpreter image output
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(image))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeOutputImageObject {
    /// Always `image`.
    #[api(rename = "type", constant)]
    pub type_: ImageLiteral,
    #[api(default)]
    pub image: RunStepDetailsToolCallsCodeOutputImageObjectImage,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    #[api(default)]
    pub file_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// File search tool call
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, file_search))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchObject {
    /// The ID of the tool call object.
    #[api(default)]
    pub id: String,
    /// The type of tool call. This is always going to be `file_search` for this type of tool call.
    #[api(rename = "type", constant)]
    pub type_: FileSearchLiteral,
    /// For now, this is always going to be an empty object.
    #[api(default)]
    pub file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// For now, this is always going to be an empty object.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchObjectFileSearch {
    /// The ranking options for the file search.
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// The results of the file search.
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The ranking options for the file search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(ranker, score_threshold))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    /// The ranker to use for the file search. If not specified will use the `auto` ranker.
    #[api(default)]
    pub ranker: FileSearchRanker,
    /// The score threshold for the file search. All values must be a floating point number between 0 and 1.
    #[api(default)]
    pub score_threshold: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// A result instance of the file search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id, file_name, score))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchResultObject {
    /// The ID of the file that result was found in.
    #[api(default)]
    pub file_id: String,
    /// The name of the file that result was found in.
    #[api(default)]
    pub file_name: String,
    /// The score of the result. All values must be a floating point number between 0 and 1.
    #[api(default)]
    pub score: f64,
    /// The content of the result that was found. The content is only included if requested via the include query parameter.
    pub content: Option<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// The type of the content.
    #[api(rename = "type")]
    pub type_: Option<TextLiteral>,
    /// The text content of the file.
    pub text: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Function tool call
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, function))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFunctionObject {
    /// The ID of the tool call object.
    #[api(default)]
    pub id: String,
    /// The type of tool call. This is always going to be `function` for this type of tool call.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    /// The definition of the function that was called.
    #[api(default)]
    pub function: RunStepDetailsToolCallsFunctionObjectFunction,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The definition of the function that was called.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, arguments))]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFunctionObjectFunction {
    /// The name of the function.
    #[api(default)]
    pub name: String,
    /// The arguments passed to the function.
    #[api(default)]
    pub arguments: String,
    /// The output of the function. This will be `null` if the outputs have not been [submitted](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) yet.
    #[api(nullable)]
    pub output: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The last error associated with this run step. Will be `null` if there are no errors.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct RunStepObjectLastError {
    /// One of `server_error` or `rate_limit_exceeded`.
    #[api(default)]
    pub code: RunStepObjectLastErrorCode,
    /// A human-readable description of the error.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// One of `server_error` or `rate_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RunStepObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(completion_tokens, prompt_tokens, total_tokens))]
#[non_exhaustive]
pub struct RunStepCompletionUsage {
    /// Number of completion tokens used over the course of the run step.
    #[api(default)]
    pub completion_tokens: i64,
    /// Number of prompt tokens used over the course of the run step.
    #[api(default)]
    pub prompt_tokens: i64,
    /// Total number of tokens used (prompt + completion).
    #[api(default)]
    pub total_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) moves to an `in_progress` state.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepInProgress {
    #[api(constant)]
    pub event: ThreadRunStepInProgressLiteral,
    /// Represents a step in execution of a run.
    pub data: RunStep,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.in_progress`.
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
pub enum ThreadRunStepInProgressLiteral {
    /// `thread.run.step.in_progress`
    #[default]
    #[api(rename = "thread.run.step.in_progress")]
    ThreadRunStepInProgress,
}
#[cfg(feature = "threads")]
/// Occurs when parts of a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) are being streamed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepDelta {
    #[api(constant)]
    pub event: ThreadRunStepDeltaLiteral,
    /// Represents a run step delta i.e. any changed fields on a run step during streaming.
    #[api(default)]
    pub data: RunStepDeltaObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.delta`.
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
pub enum ThreadRunStepDeltaLiteral {
    /// `thread.run.step.delta`
    #[default]
    #[api(rename = "thread.run.step.delta")]
    ThreadRunStepDelta,
}
#[cfg(feature = "threads")]
/// Represents a run step delta i.e. any changed fields on a run step during streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, delta))]
#[non_exhaustive]
pub struct RunStepDeltaObject {
    /// The identifier of the run step, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `thread.run.step.delta`.
    #[api(constant)]
    pub object: ThreadRunStepDeltaLiteral,
    /// The delta containing the fields that have changed on the run step.
    #[api(default)]
    pub delta: RunStepDeltaObjectDelta,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The delta containing the fields that have changed on the run step.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaObjectDelta {
    /// The details of the run step.
    pub step_details: Option<RunStepDeltaObjectDeltaStepDetails>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The details of the run step.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunStepDeltaObjectDeltaStepDetails {
    /// `message_creation`
    #[api(tag = "message_creation")]
    MessageCreation(RunStepDeltaStepDetailsMessageCreationObject),
    /// `tool_calls`
    #[api(tag = "tool_calls")]
    ToolCalls(RunStepDeltaStepDetailsToolCallsObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Details of the message creation by the run step.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    #[api(rename = "type", constant)]
    pub type_: MessageCreationLiteral,
    pub message_creation: Option<
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// The ID of the message that was created by this run step.
    pub message_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Details of the tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    #[api(rename = "type", constant)]
    pub type_: ToolCallsLiteral,
    /// An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    pub tool_calls: Option<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCall>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunStepDeltaStepDetailsToolCallsObjectToolCall {
    /// `code_interpreter`
    #[api(tag = "code_interpreter")]
    CodeInterpreter(RunStepDeltaStepDetailsToolCallsCodeObject),
    /// `file_search`
    #[api(tag = "file_search")]
    FileSearch(RunStepDeltaStepDetailsToolCallsFileSearchObject),
    /// `function`
    #[api(tag = "function")]
    Function(RunStepDeltaStepDetailsToolCallsFunctionObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Details of the Code Interpreter tool call the run step was involved in.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeObject {
    /// The index of the tool call in the tool calls array.
    #[api(default)]
    pub index: i64,
    /// The ID of the tool call.
    pub id: Option<String>,
    /// The type of tool call. This is always going to be `code_interpreter` for this type of tool call.
    #[api(rename = "type", constant)]
    pub type_: CodeInterpreterLiteral,
    /// The Code Interpreter tool call definition.
    pub code_interpreter: Option<
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The Code Interpreter tool call definition.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The input to the Code Interpreter tool call.
    pub input: Option<String>,
    /// The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    pub outputs: Option<
        Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    /// `logs`
    #[api(tag = "logs")]
    Logs(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject),
    /// `image`
    #[api(tag = "image")]
    Image(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Text output from the Code Interpreter tool call as part of a run step.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// The index of the output in the outputs array.
    #[api(default)]
    pub index: i64,
    /// Always `logs`.
    #[api(rename = "type", constant)]
    pub type_: LogsLiteral,
    /// The text output from the Code Interpreter tool call.
    pub logs: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Code interpreter image output
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// The index of the output in the outputs array.
    #[api(default)]
    pub index: i64,
    /// Always `image`.
    #[api(rename = "type", constant)]
    pub type_: ImageLiteral,
    pub image: Option<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// File search tool call
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index, file_search))]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// The index of the tool call in the tool calls array.
    #[api(default)]
    pub index: i64,
    /// The ID of the tool call object.
    pub id: Option<String>,
    /// The type of tool call. This is always going to be `file_search` for this type of tool call.
    #[api(rename = "type", constant)]
    pub type_: FileSearchLiteral,
    /// For now, this is always going to be an empty object.
    #[api(default)]
    pub file_search: serde_json::Map<String, serde_json::Value>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Function tool call
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// The index of the tool call in the tool calls array.
    #[api(default)]
    pub index: i64,
    /// The ID of the tool call object.
    pub id: Option<String>,
    /// The type of tool call. This is always going to be `function` for this type of tool call.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    /// The definition of the function that was called.
    pub function: Option<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The definition of the function that was called.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// The name of the function.
    pub name: Option<String>,
    /// The arguments passed to the function.
    pub arguments: Option<String>,
    /// The output of the function. This will be `null` if the outputs have not been [submitted](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) yet.
    pub output: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is completed.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepCompleted {
    #[api(constant)]
    pub event: ThreadRunStepCompletedLiteral,
    /// Represents a step in execution of a run.
    pub data: RunStep,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.completed`.
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
pub enum ThreadRunStepCompletedLiteral {
    /// `thread.run.step.completed`
    #[default]
    #[api(rename = "thread.run.step.completed")]
    ThreadRunStepCompleted,
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) fails.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepFailed {
    #[api(constant)]
    pub event: ThreadRunStepFailedLiteral,
    /// Represents a step in execution of a run.
    pub data: RunStep,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.failed`.
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
pub enum ThreadRunStepFailedLiteral {
    /// `thread.run.step.failed`
    #[default]
    #[api(rename = "thread.run.step.failed")]
    ThreadRunStepFailed,
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is cancelled.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepCancelled {
    #[api(constant)]
    pub event: ThreadRunStepCancelledLiteral,
    /// Represents a step in execution of a run.
    pub data: RunStep,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.cancelled`.
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
pub enum ThreadRunStepCancelledLiteral {
    /// `thread.run.step.cancelled`
    #[default]
    #[api(rename = "thread.run.step.cancelled")]
    ThreadRunStepCancelled,
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) expires.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepExpired {
    #[api(constant)]
    pub event: ThreadRunStepExpiredLiteral,
    /// Represents a step in execution of a run.
    pub data: RunStep,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.expired`.
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
pub enum ThreadRunStepExpiredLiteral {
    /// `thread.run.step.expired`
    #[default]
    #[api(rename = "thread.run.step.expired")]
    ThreadRunStepExpired,
}
#[cfg(feature = "threads")]
/// Told apart by the `event` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "event")]
pub enum MessageStreamEvent {
    /// `thread.message.created`
    #[api(tag = "thread.message.created")]
    ThreadMessageCreated(MessageStreamEventThreadMessageCreated),
    /// `thread.message.in_progress`
    #[api(tag = "thread.message.in_progress")]
    ThreadMessageInProgress(MessageStreamEventThreadMessageInProgress),
    /// `thread.message.delta`
    #[api(tag = "thread.message.delta")]
    ThreadMessageDelta(MessageStreamEventThreadMessageDelta),
    /// `thread.message.completed`
    #[api(tag = "thread.message.completed")]
    ThreadMessageCompleted(MessageStreamEventThreadMessageCompleted),
    /// `thread.message.incomplete`
    #[api(tag = "thread.message.incomplete")]
    ThreadMessageIncomplete(MessageStreamEventThreadMessageIncomplete),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is created.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageCreated {
    #[api(constant)]
    pub event: ThreadMessageCreatedLiteral,
    /// Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: MessageObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.message.created`.
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
pub enum ThreadMessageCreatedLiteral {
    /// `thread.message.created`
    #[default]
    #[api(rename = "thread.message.created")]
    ThreadMessageCreated,
}
#[cfg(feature = "threads")]
/// Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, thread_id, status, role, content))]
#[non_exhaustive]
pub struct MessageObject {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `thread.message`.
    #[api(constant)]
    pub object: ThreadMessageLiteral,
    /// The Unix timestamp (in seconds) for when the message was created.
    #[api(default)]
    pub created_at: i64,
    /// The [thread](https://platform.openai.com/docs/api-reference/threads) ID that this message belongs to.
    #[api(default)]
    pub thread_id: String,
    /// The status of the message, which can be either `in_progress`, `incomplete`, or `completed`.
    #[api(default)]
    pub status: MessageObjectStatus,
    /// On an incomplete message, details about why the message is incomplete.
    #[api(nullable)]
    pub incomplete_details: Option<MessageObjectIncompleteDetails>,
    /// The Unix timestamp (in seconds) for when the message was completed.
    #[api(nullable)]
    pub completed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the message was marked as incomplete.
    #[api(nullable)]
    pub incomplete_at: Option<i64>,
    /// The entity that produced the message. One of `user` or `assistant`.
    #[api(default)]
    pub role: MessageObjectRole,
    /// The content of the message in array of text and/or images.
    #[api(default)]
    pub content: Vec<MessageObjectContentItem>,
    /// If applicable, the ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) that authored this message.
    #[api(nullable)]
    pub assistant_id: Option<String>,
    /// The ID of the [run](https://platform.openai.com/docs/api-reference/runs) associated with the creation of this message. Value is `null` when messages are created manually using the create message or create thread endpoints.
    #[api(nullable)]
    pub run_id: Option<String>,
    /// A list of files attached to the message, and the tools they were added to.
    #[api(nullable)]
    pub attachments: Option<Vec<MessageObjectAttachment>>,
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
#[cfg(feature = "threads")]
/// The constant `thread.message`.
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
pub enum ThreadMessageLiteral {
    /// `thread.message`
    #[default]
    #[api(rename = "thread.message")]
    ThreadMessage,
}
#[cfg(feature = "threads")]
/// The status of the message, which can be either `in_progress`, `incomplete`, or `completed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessageObjectStatus {
    /// `in_progress`
    InProgress,
    /// `incomplete`
    Incomplete,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// On an incomplete message, details about why the message is incomplete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(reason))]
#[non_exhaustive]
pub struct MessageObjectIncompleteDetails {
    /// The reason the message is incomplete.
    #[api(default)]
    pub reason: MessageObjectIncompleteDetailsReason,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The reason the message is incomplete.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessageObjectIncompleteDetailsReason {
    /// `content_filter`
    ContentFilter,
    /// `max_tokens`
    MaxTokens,
    /// `run_cancelled`
    RunCancelled,
    /// `run_expired`
    RunExpired,
    /// `run_failed`
    RunFailed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// The entity that produced the message. One of `user` or `assistant`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum MessageObjectRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum MessageObjectContentItem {
    /// `image_file`
    #[api(tag = "image_file")]
    ImageFile(MessageContentImageFileObject),
    /// `image_url`
    #[api(tag = "image_url")]
    ImageUrl(MessageContentImageUrlObject),
    /// `text`
    #[api(tag = "text")]
    Text(MessageContentTextObject),
    /// `refusal`
    #[api(tag = "refusal")]
    Refusal(MessageContentRefusalObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(image_file))]
#[non_exhaustive]
pub struct MessageContentImageFileObject {
    /// Always `image_file`.
    #[api(rename = "type", constant)]
    pub type_: ImageFileLiteral,
    #[api(default)]
    pub image_file: MessageContentImageFileObjectImageFile,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `image_file`.
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
pub enum ImageFileLiteral {
    /// `image_file`
    #[default]
    ImageFile,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id))]
#[non_exhaustive]
pub struct MessageContentImageFileObjectImageFile {
    /// The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    #[api(default)]
    pub file_id: String,
    /// Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    ///
    /// Defaults to `auto`.
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// References an image URL in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(image_url))]
#[non_exhaustive]
pub struct MessageContentImageUrlObject {
    /// The type of the content part.
    #[api(rename = "type", constant)]
    pub type_: ImageUrlLiteral,
    #[api(default)]
    pub image_url: MessageContentImageUrlObjectImageUrl,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url))]
#[non_exhaustive]
pub struct MessageContentImageUrlObjectImageUrl {
    /// The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    #[api(default)]
    pub url: String,
    /// Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct MessageContentTextObject {
    /// Always `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    #[api(default)]
    pub text: MessageContentTextObjectText,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(value, annotations))]
#[non_exhaustive]
pub struct MessageContentTextObjectText {
    /// The data that makes up the text.
    #[api(default)]
    pub value: String,
    #[api(default)]
    pub annotations: Vec<MessageContentTextObjectTextAnnotation>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum MessageContentTextObjectTextAnnotation {
    /// `file_citation`
    #[api(tag = "file_citation")]
    FileCitation(MessageContentTextAnnotationsFileCitationObject),
    /// `file_path`
    #[api(tag = "file_path")]
    FilePath(MessageContentTextAnnotationsFilePathObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text, file_citation, start_index, end_index))]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFileCitationObject {
    /// Always `file_citation`.
    #[api(rename = "type", constant)]
    pub type_: FileCitationLiteral,
    /// The text in the message content that needs to be replaced.
    #[api(default)]
    pub text: String,
    #[api(default)]
    pub file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation,
    /// At least `0`.
    #[api(default)]
    pub start_index: i64,
    /// At least `0`.
    #[api(default)]
    pub end_index: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id))]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// The ID of the specific File the citation is from.
    #[api(default)]
    pub file_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text, file_path, start_index, end_index))]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFilePathObject {
    /// Always `file_path`.
    #[api(rename = "type", constant)]
    pub type_: FilePathLiteral,
    /// The text in the message content that needs to be replaced.
    #[api(default)]
    pub text: String,
    #[api(default)]
    pub file_path: MessageContentTextAnnotationsFilePathObjectFilePath,
    /// At least `0`.
    #[api(default)]
    pub start_index: i64,
    /// At least `0`.
    #[api(default)]
    pub end_index: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id))]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFilePathObjectFilePath {
    /// The ID of the file that was generated.
    #[api(default)]
    pub file_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The refusal content generated by the assistant.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(refusal))]
#[non_exhaustive]
pub struct MessageContentRefusalObject {
    /// Always `refusal`.
    #[api(rename = "type", constant)]
    pub type_: RefusalLiteral,
    #[api(default)]
    pub refusal: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageObjectAttachment {
    /// The ID of the file to attach to the message.
    pub file_id: Option<String>,
    /// The tools to add this file to.
    pub tools: Option<Vec<MessageObjectAttachmentTool>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum MessageObjectAttachmentTool {
    /// `code_interpreter`
    #[api(tag = "code_interpreter")]
    CodeInterpreter(AssistantToolsCode),
    /// `file_search`
    #[api(tag = "file_search")]
    FileSearch(AssistantToolsFileSearchTypeOnly),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// FileSearch tool
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AssistantToolsFileSearchTypeOnly {
    /// The type of tool being defined: `file_search`
    #[api(rename = "type", constant)]
    pub type_: FileSearchLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) moves to an `in_progress` state.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageInProgress {
    #[api(constant)]
    pub event: ThreadMessageInProgressLiteral,
    /// Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: MessageObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.message.in_progress`.
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
pub enum ThreadMessageInProgressLiteral {
    /// `thread.message.in_progress`
    #[default]
    #[api(rename = "thread.message.in_progress")]
    ThreadMessageInProgress,
}
#[cfg(feature = "threads")]
/// Occurs when parts of a [Message](https://platform.openai.com/docs/api-reference/messages/object) are being streamed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageDelta {
    #[api(constant)]
    pub event: ThreadMessageDeltaLiteral,
    /// Represents a message delta i.e. any changed fields on a message during streaming.
    #[api(default)]
    pub data: MessageDeltaObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.message.delta`.
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
pub enum ThreadMessageDeltaLiteral {
    /// `thread.message.delta`
    #[default]
    #[api(rename = "thread.message.delta")]
    ThreadMessageDelta,
}
#[cfg(feature = "threads")]
/// Represents a message delta i.e. any changed fields on a message during streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, delta))]
#[non_exhaustive]
pub struct MessageDeltaObject {
    /// The identifier of the message, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `thread.message.delta`.
    #[api(constant)]
    pub object: ThreadMessageDeltaLiteral,
    /// The delta containing the fields that have changed on the Message.
    #[api(default)]
    pub delta: MessageDeltaObjectDelta,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The delta containing the fields that have changed on the Message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageDeltaObjectDelta {
    /// The entity that produced the message. One of `user` or `assistant`.
    pub role: Option<MessageObjectRole>,
    /// The content of the message in array of text and/or images.
    pub content: Option<Vec<MessageDeltaObjectDeltaContentItem>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum MessageDeltaObjectDeltaContentItem {
    /// `image_file`
    #[api(tag = "image_file")]
    ImageFile(MessageDeltaContentImageFileObject),
    /// `text`
    #[api(tag = "text")]
    Text(MessageDeltaContentTextObject),
    /// `refusal`
    #[api(tag = "refusal")]
    Refusal(MessageDeltaContentRefusalObject),
    /// `image_url`
    #[api(tag = "image_url")]
    ImageUrl(MessageDeltaContentImageUrlObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct MessageDeltaContentImageFileObject {
    /// The index of the content part in the message.
    #[api(default)]
    pub index: i64,
    /// Always `image_file`.
    #[api(rename = "type", constant)]
    pub type_: ImageFileLiteral,
    pub image_file: Option<MessageDeltaContentImageFileObjectImageFile>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageDeltaContentImageFileObjectImageFile {
    /// The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    pub file_id: Option<String>,
    /// Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    ///
    /// Defaults to `auto`.
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct MessageDeltaContentTextObject {
    /// The index of the content part in the message.
    #[api(default)]
    pub index: i64,
    /// Always `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    pub text: Option<MessageDeltaContentTextObjectText>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageDeltaContentTextObjectText {
    /// The data that makes up the text.
    pub value: Option<String>,
    pub annotations: Option<Vec<MessageDeltaContentTextObjectTextAnnotation>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum MessageDeltaContentTextObjectTextAnnotation {
    /// `file_citation`
    #[api(tag = "file_citation")]
    FileCitation(MessageDeltaContentTextAnnotationsFileCitationObject),
    /// `file_path`
    #[api(tag = "file_path")]
    FilePath(MessageDeltaContentTextAnnotationsFilePathObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct MessageDeltaContentTextAnnotationsFileCitationObject {
    /// The index of the annotation in the text content part.
    #[api(default)]
    pub index: i64,
    /// Always `file_citation`.
    #[api(rename = "type", constant)]
    pub type_: FileCitationLiteral,
    /// The text in the message content that needs to be replaced.
    pub text: Option<String>,
    pub file_citation: Option<
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    >,
    /// At least `0`.
    pub start_index: Option<i64>,
    /// At least `0`.
    pub end_index: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// The ID of the specific File the citation is from.
    pub file_id: Option<String>,
    /// The specific quote in the file.
    pub quote: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct MessageDeltaContentTextAnnotationsFilePathObject {
    /// The index of the annotation in the text content part.
    #[api(default)]
    pub index: i64,
    /// Always `file_path`.
    #[api(rename = "type", constant)]
    pub type_: FilePathLiteral,
    /// The text in the message content that needs to be replaced.
    pub text: Option<String>,
    pub file_path: Option<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    /// At least `0`.
    pub start_index: Option<i64>,
    /// At least `0`.
    pub end_index: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// The ID of the file that was generated.
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The refusal content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct MessageDeltaContentRefusalObject {
    /// The index of the refusal part in the message.
    #[api(default)]
    pub index: i64,
    /// Always `refusal`.
    #[api(rename = "type", constant)]
    pub type_: RefusalLiteral,
    pub refusal: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// References an image URL in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct MessageDeltaContentImageUrlObject {
    /// The index of the content part in the message.
    #[api(default)]
    pub index: i64,
    /// Always `image_url`.
    #[api(rename = "type", constant)]
    pub type_: ImageUrlLiteral,
    pub image_url: Option<MessageDeltaContentImageUrlObjectImageUrl>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct MessageDeltaContentImageUrlObjectImageUrl {
    /// The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    pub url: Option<String>,
    /// Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    ///
    /// Defaults to `auto`.
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageCompleted {
    #[api(constant)]
    pub event: ThreadMessageCompletedLiteral,
    /// Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: MessageObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.message.completed`.
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
pub enum ThreadMessageCompletedLiteral {
    /// `thread.message.completed`
    #[default]
    #[api(rename = "thread.message.completed")]
    ThreadMessageCompleted,
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) ends before it is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageIncomplete {
    #[api(constant)]
    pub event: ThreadMessageIncompleteLiteral,
    /// Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
    #[api(default)]
    pub data: MessageObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.message.incomplete`.
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
pub enum ThreadMessageIncompleteLiteral {
    /// `thread.message.incomplete`
    #[default]
    #[api(rename = "thread.message.incomplete")]
    ThreadMessageIncomplete,
}
#[cfg(feature = "threads")]
/// Occurs when an [error](https://platform.openai.com/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server error or a timeout.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[api(strict)]
#[non_exhaustive]
pub struct ErrorEvent {
    #[api(constant)]
    pub event: ErrorTypeLiteral,
    pub data: ErrorType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Occurs when a stream ends.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct DoneEvent {
    #[api(constant)]
    pub event: DoneLiteral,
    #[api(constant)]
    pub data: DoneMarker,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `done`.
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
pub enum DoneLiteral {
    /// `done`
    #[default]
    Done,
}
#[cfg(feature = "threads")]
/// The constant `[DONE]`.
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
pub enum DoneMarker {
    /// `[DONE]`
    #[default]
    #[api(rename = "[DONE]")]
    Done,
}
#[cfg(feature = "threads")]
/// The specification's name for [`DoneMarker`].
pub type DoneLiteralType = DoneMarker;
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(role, content))]
pub struct CreateMessageRequest {
    /// The role of the entity that is creating the message. Allowed values include:
    /// - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages.
    /// - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
    #[api(default)]
    pub role: MessageObjectRole,
    pub content: CreateMessageRequestContent,
    /// A list of files attached to the message, and the tools they should be added to.
    pub attachments: Option<Vec<MessageObjectAttachment>>,
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateMessageRequestContent {
    ArrayOfContentPartList(Vec<CreateMessageRequestContentArrayOfContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "threads")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateMessageRequestContentArrayOfContentPart {
    /// `image_file`
    #[api(tag = "image_file")]
    ImageFile(MessageContentImageFileObject),
    /// `image_url`
    #[api(tag = "image_url")]
    ImageUrl(MessageContentImageUrlObject),
    /// `text`
    #[api(tag = "text")]
    Text(MessageRequestContentTextObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
pub struct MessageRequestContentTextObject {
    /// Always `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    /// Text content to be sent to the model
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(assistant_id))]
pub struct CreateRunRequest {
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
    #[api(default)]
    pub assistant_id: String,
    /// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
    pub model: Option<CreateRunRequestModel>,
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Overrides the [instructions](https://platform.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
    pub instructions: Option<String>,
    /// Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
    pub additional_instructions: Option<String>,
    /// Adds additional messages to the thread before creating the run.
    pub additional_messages: Option<Vec<CreateMessageRequest>>,
    /// Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
    ///
    /// At most `20` items.
    pub tools: Option<Vec<RunObjectTool>>,
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
    /// If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    pub stream: Option<bool>,
    /// The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    ///
    /// At least `256`.
    pub max_prompt_tokens: Option<i64>,
    /// The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    ///
    /// At least `256`.
    pub max_completion_tokens: Option<i64>,
    /// Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run.
    pub truncation_strategy: Option<TruncationObject>,
    /// Controls which (if any) tool is called by the model.
    /// `none` means the model will not call any tools and instead generates a message.
    /// `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
    /// `required` means the model must call one or more tools before responding to the user.
    /// Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
    pub parallel_tool_calls: Option<ParallelToolCalls>,
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
#[cfg(feature = "threads")]
/// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateRunRequestModel {
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(assistant_id))]
pub struct CreateThreadAndRunRequest {
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
    #[api(default)]
    pub assistant_id: String,
    /// Options to create a new thread. If no thread is provided when running a
    /// request, an empty thread will be created.
    pub thread: Option<Box<CreateThreadRequest>>,
    /// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
    pub model: Option<CreateThreadAndRunRequestModel>,
    /// Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
    pub instructions: Option<String>,
    /// Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
    ///
    /// At most `20` items.
    pub tools: Option<Vec<RunObjectTool>>,
    /// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    pub tool_resources: Option<CreateThreadAndRunRequestToolResources>,
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
    /// If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    pub stream: Option<bool>,
    /// The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    ///
    /// At least `256`.
    pub max_prompt_tokens: Option<i64>,
    /// The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    ///
    /// At least `256`.
    pub max_completion_tokens: Option<i64>,
    /// Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run.
    pub truncation_strategy: Option<TruncationObject>,
    /// Controls which (if any) tool is called by the model.
    /// `none` means the model will not call any tools and instead generates a message.
    /// `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
    /// `required` means the model must call one or more tools before responding to the user.
    /// Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
    pub parallel_tool_calls: Option<ParallelToolCalls>,
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
#[cfg(feature = "threads")]
/// Options to create a new thread. If no thread is provided when running a
/// request, an empty thread will be created.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateThreadRequest {
    /// A list of [messages](https://platform.openai.com/docs/api-reference/messages) to start the thread with.
    pub messages: Option<Vec<CreateMessageRequest>>,
    /// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    pub tool_resources: Option<CreateThreadRequestToolResources>,
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
#[cfg(feature = "threads")]
/// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateThreadRequestToolResources {
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    pub file_search: Option<CreateThreadRequestToolResourcesFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(alternative(vector_store_ids))]
#[api(alternative(vector_stores))]
#[non_exhaustive]
pub struct CreateThreadRequestToolResourcesFileSearch {
    /// The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    pub vector_store_ids: Option<Vec<String>>,
    /// A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread.
    pub vector_stores: Option<
        Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateThreadAndRunRequestModel {
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
#[cfg(feature = "threads")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateThreadAndRunRequestToolResources {
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    pub file_search: Option<AssistantObjectToolResourcesFileSearch>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteMessageResponse {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    #[api(constant)]
    pub object: ThreadMessageDeletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.message.deleted`.
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
pub enum ThreadMessageDeletedLiteral {
    /// `thread.message.deleted`
    #[default]
    #[api(rename = "thread.message.deleted")]
    ThreadMessageDeleted,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteThreadResponse {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    #[api(constant)]
    pub object: ThreadDeletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// The constant `thread.deleted`.
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
pub enum ThreadDeletedLiteral {
    /// `thread.deleted`
    #[default]
    #[api(rename = "thread.deleted")]
    ThreadDeleted,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListMessagesResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<MessageObject>,
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
#[cfg(feature = "threads")]
impl sdk_runtime_types::pagination::Page for ListMessagesResponse {
    type Item = MessageObject;
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListRunStepsResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<RunStep>,
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
#[cfg(feature = "threads")]
impl sdk_runtime_types::pagination::Page for ListRunStepsResponse {
    type Item = RunStep;
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListRunsResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<Run>,
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
#[cfg(feature = "threads")]
impl sdk_runtime_types::pagination::Page for ListRunsResponse {
    type Item = Run;
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyThreadRequest {
    /// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    pub tool_resources: Option<ThreadObjectToolResources>,
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(tool_outputs))]
pub struct SubmitToolOutputsRunRequest {
    /// A list of tools for which the outputs are being submitted.
    #[api(default)]
    pub tool_outputs: Vec<SubmitToolOutputsRunRequestToolOutput>,
    /// If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    pub stream: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct SubmitToolOutputsRunRequestToolOutput {
    /// The ID of the tool call in the `required_action` object within the run object the output is being submitted for.
    pub tool_call_id: Option<String>,
    /// The output of the tool call to be submitted to continue the run.
    pub output: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Query and header parameters of `listMessages`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListMessagesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Filter messages by the run ID that generated them.
    pub run_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Query and header parameters of `listRuns`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListRunsParams {
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
#[cfg(feature = "threads")]
/// The constant `step_details.tool_calls[*].file_search.results[*].content`.
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
pub enum StepDetailsToolCallsFileSearchResultsContentLiteral {
    /// `step_details.tool_calls[*].file_search.results[*].content`
    #[default]
    #[api(rename = "step_details.tool_calls[*].file_search.results[*].content")]
    StepDetailsToolCallsFileSearchResultsContent,
}
#[cfg(feature = "threads")]
/// Query and header parameters of `createRun`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateRunParams {
    /// A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[api(rename = "include[]")]
    pub include: Option<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Query and header parameters of `listRunSteps`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListRunStepsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[api(rename = "include[]")]
    pub include: Option<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "threads")]
/// Query and header parameters of `getRunStep`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct GetRunStepParams {
    /// A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[api(rename = "include[]")]
    pub include: Option<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
