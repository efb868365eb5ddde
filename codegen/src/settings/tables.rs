//! The tables of a generator config (`spec/<name>.toml`) that users
//! write: the client's surface, per-operation corrections, sockets,
//! document patches, type tuning, providers and helpers. Unknown keys are
//! refused by name.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The generated client's configuration surface (`[client]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientConfig {
    /// Prefix of the environment variables the client reads (default: the
    /// crate name in upper snake case, `museum-api` -> `MUSEUM_API`).
    pub env_prefix: Option<String>,
    /// Path of the function that reads error bodies (default: the
    /// runtime's generic parser).
    pub error_parser: Option<String>,
    /// Error codes (or types) that the standard retry policy does not
    /// retry, whatever the status: waiting does not fix them (a used-up
    /// quota).
    #[serde(default)]
    pub not_retrying_codes: Vec<String>,

    /// Per security scheme: the builder method and environment variables.
    #[serde(default)]
    pub auth: BTreeMap<String, AuthConfig>,
    /// Optional headers the builder sets, from an option or a variable.
    #[serde(default)]
    pub headers: Vec<HeaderConfig>,
}

/// Overrides for one security scheme (`[client.auth.<SchemeName>]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    /// The builder method (default: the scheme's name in snake case without
    /// a trailing `_auth`).
    pub option: Option<String>,
    /// The environment variables: one for a token or key, two for basic
    /// (username, password) and OAuth2 (client id, secret).
    pub env: Option<Vec<String>>,
}

/// A header set from a builder option or an environment variable
/// (`[[client.headers]]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderConfig {
    /// The header name.
    pub header: String,
    /// The builder method.
    pub option: String,
    /// The environment variable read when the option is not set.
    pub env: Option<String>,
    /// What it is, for the method's documentation.
    pub doc: Option<String>,
}

/// Corrections for one operation (`[operations.<operationId>]`), for
/// what the document gets wrong or names badly.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationConfig {
    /// The method name.
    pub name: Option<String>,
    /// What a success returns, when the document does not say: `"bytes"`
    /// (the body as it came) or `"unit"` (nothing).
    pub response: Option<ResponseOverride>,
    /// The schema of the server-sent events of an operation that can
    /// stream although the document declares JSON only: it gets a
    /// `_stream` twin (asking with the body's `stream: true`, or else a
    /// `stream=true` query parameter).
    pub stream: Option<String>,
    /// With `stream`: each event's type is its SSE `event:` name and its
    /// payload the data, decoded as `{"event": name, "data": payload}`.
    #[serde(default)]
    pub stream_envelope: bool,
    /// The OpenTelemetry GenAI operation name of the call's span
    /// (`gen_ai.operation.name`: `chat`, `embeddings`, `text_completion`,
    /// ...); only operations that have one get the `gen_ai.*` attributes.
    pub gen_ai: Option<String>,
}

/// A WebSocket API (`[[websocket]]`): OpenAPI describes no sockets, only
/// their events as schemas, so the config says where the socket is.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebSocketConfig {
    /// The resource whose handle gets the method, dotted (`realtime`).
    pub resource: String,
    /// The method name (`connect`).
    pub method: String,
    /// The path below the base URL (`/realtime`).
    pub path: String,
    /// Query parameters the method takes, in order (`["model"]`).
    #[serde(default)]
    pub query: Vec<String>,
    /// The schema of the events the client sends.
    pub client_event: String,
    /// The schema of the events the server sends.
    pub server_event: String,
    /// What the socket is for, for the method's documentation.
    pub doc: Option<String>,
}

/// A correction to the document (`[[patch]]`): a table merged into the
/// mapping at a JSON pointer, for where the document and the API differ.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchConfig {
    /// Where, such as `/components/schemas/Pet/properties/name`.
    pub pointer: String,
    /// The keys to set, as a TOML table.
    #[serde(default = "empty_table")]
    pub merge: serde_json::Value,
    /// The keys to remove (TOML has no `null` to say it in `merge`).
    #[serde(default)]
    pub remove: Vec<String>,
    /// Why the document is wrong there (for the reader of the config).
    pub why: String,
}

/// How generated types are tuned (`[types]`). Each key is a schema name
/// (`Pet`) or a JSON pointer to an inline schema
/// (`/components/schemas/Pet/properties/owner`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypesConfig {
    /// New names; the old name stays available as an alias.
    #[serde(default)]
    pub rename: BTreeMap<String, String>,
    /// Types emitted as an alias of an existing Rust type (a path such as
    /// `serde_json::Value` or a type of the user's).
    #[serde(default)]
    pub replace: BTreeMap<String, String>,
    /// Extra derives and attributes on a type.
    #[serde(default)]
    pub patch: BTreeMap<String, TypePatch>,
    /// Free-standing schemas left out of the crate.
    #[serde(default)]
    pub skip: Vec<String>,
    /// Conversions from what the API returns to what it takes
    /// (`[[types.convert]]`): an `impl From` each, with those it needs.
    #[serde(default)]
    pub convert: Vec<ConvertConfig>,
}

/// One conversion (`[[types.convert]]`), by schema name or pointer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConvertConfig {
    /// The type converted from (what the API returns).
    pub from: String,
    /// The type converted to (what the API takes).
    pub to: String,
}

fn empty_table() -> serde_json::Value {
    serde_json::Value::Object(Default::default())
}

/// Extra derives and attributes on one type (`[types.patch.<key>]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypePatch {
    /// Derives added to the type's own (such as `Eq`, `Hash`).
    #[serde(default)]
    pub derives: Vec<String>,
    /// Outer attributes, written as Rust (`#[non_exhaustive]`).
    #[serde(default)]
    pub attributes: Vec<String>,
    /// A struct's `new` takes these properties, in this order (optional
    /// ones too), instead of its required ones.
    #[serde(default)]
    pub new: Option<Vec<String>>,
    /// Values `new` gives these properties (an API default the SDK
    /// chooses differently), as JSON.
    #[serde(default)]
    pub init: BTreeMap<String, serde_json::Value>,
    /// A union converts from a string through this variant (a tag value
    /// or a variant name) and the constructor of its type.
    #[serde(default)]
    pub from_str: Option<String>,
}

/// A response kind set by the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResponseOverride {
    /// The raw body.
    Bytes,
    /// Nothing.
    Unit,
}

/// A provider crate the client offers (`[[provider]]`): another host of the
/// same API with its own routing and credentials, a crate of its own that
/// implements `sdk_runtime::auth::Provider`. The client gets a feature of
/// the provider's name that turns the dependency on, and re-exports the
/// crate as `providers::<name>`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// The feature and module name (`azure`).
    pub name: String,
    /// The package (`sdk-provider-azure`).
    pub package: String,
    /// Where the package is, relative to the generated crate's folder.
    pub path: Option<String>,
    /// The version to depend on (with `path`, for publishing).
    pub version: Option<String>,
    /// What the provider is, for the crate's documentation.
    pub doc: String,
    /// More features of the client, each turning on the provider and these
    /// features of it (`azure-identity = ["identity"]`).
    #[serde(default)]
    pub features: BTreeMap<String, Vec<String>>,
    /// Features of the client that, with the provider on, turn on these
    /// features of it (`websocket = ["websocket"]`).
    #[serde(default)]
    pub follows: BTreeMap<String, Vec<String>>,
}

/// The hand-written helpers of the SDK (`[helpers]`): a crate of its own
/// that depends on the generated client and adds what the endpoints alone
/// do not give (stream events, structured outputs, pollers, uploads, a
/// prelude). With it the generated client is two crates: `<name>-core`
/// (the endpoints and types, in `core/`) and `<name>`, which re-exports
/// the core, the helpers (as `helpers`, their `prelude` as `prelude`) and
/// the providers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpersConfig {
    /// The package (`openai-helpers`).
    pub package: String,
    /// Where the package is, relative to the generated crate's folder.
    pub path: String,
    /// The version to depend on (with `path`, for publishing).
    pub version: Option<String>,
}
