//! Types of the `conversations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that can be used to generate a response.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum Tool {
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
    Mcp(McpTool),
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
    Namespace(NamespaceToolParam),
    /// `tool_search`
    #[api(tag = "tool_search")]
    ToolSearch(ToolSearchToolParam),
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
/// Give the model access to additional tools via remote Model Context Protocol
/// (MCP) servers. [Learn more about MCP](https://platform.openai.com/docs/guides/tools-remote-mcp).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(server_label))]
#[non_exhaustive]
pub struct McpTool {
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
    pub require_approval: Option<McpToolRequireApproval>,
    /// Whether this MCP tool is deferred and discovered via tool search.
    pub defer_loading: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Specify which of the MCP server's tools require approval.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum McpToolRequireApproval {
    McpToolApprovalFilter(McpToolRequireApprovalMcpToolApprovalFilter),
    #[api(from_str)]
    McpToolApprovalSetting(McpToolRequireApprovalMcpToolApprovalSetting),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Groups function/custom tools under a shared namespace.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, description, tools))]
#[non_exhaustive]
pub struct NamespaceToolParam {
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
    pub tools: Vec<NamespaceToolParamTool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A function or custom tool that belongs to a namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum NamespaceToolParamTool {
    /// `function`
    #[api(tag = "function")]
    Function(FunctionToolParam),
    /// `custom`
    #[api(tag = "custom")]
    Custom(CustomToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct FunctionToolParam {
    /// `1` to `128` characters.
    #[api(default)]
    pub name: String,
    pub description: Option<String>,
    pub parameters: Option<EmptyModelParam>,
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
pub type EmptyModelParam = serde_json::Map<String, serde_json::Value>;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Hosted or BYOT tool search configuration for deferred tools.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ToolSearchToolParam {
    /// The type of the tool. Always `tool_search`.
    #[api(rename = "type", constant)]
    pub type_: ToolSearchLiteral,
    /// Whether tool search is executed by the server or by the client.
    pub execution: Option<ToolSearchExecutionType>,
    /// Description shown to the model for a client-executed tool search tool.
    pub description: Option<String>,
    /// Parameter schema for a client-executed tool search tool.
    pub parameters: Option<EmptyModelParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role. Messages with the
/// `assistant` role are presumed to have been generated by the model in previous
/// interactions.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(role, content))]
#[api(strict)]
#[non_exhaustive]
pub struct EasyInputMessage {
    /// The role of the message input. One of `user`, `assistant`, `system`, or
    /// `developer`.
    pub role: EasyInputMessageRole,
    /// Text, image, or audio input to the model, used to generate a response.
    /// Can also contain previous assistant responses.
    pub content: EasyInputMessageContent,
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Text, image, or audio input to the model, used to generate a response.
/// Can also contain previous assistant responses.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum EasyInputMessageContent {
    InputMessageContentList(InputMessageContentList),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A list of one or many input items to the model, containing different content
/// types.
pub type InputMessageContentList = Vec<InputContent>;
