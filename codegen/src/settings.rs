//! The one settings struct: where the spec comes from, where the crate
//! goes, and what it is called. Filled from `spec/<name>.toml` and the
//! command line.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::load::SpecPin;

/// Everything a generator run needs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// An explicit spec file (`--spec`).
    pub spec: Option<PathBuf>,
    /// The pin used when no file is given.
    pub pin: Option<SpecPin>,
    /// Where downloaded specs are cached.
    pub cache_dir: PathBuf,
    /// The crate directory to write.
    pub out_dir: PathBuf,
    /// The package name.
    pub crate_name: String,
    /// The package version.
    pub crate_version: String,
    /// The runtime dependency path as written into `Cargo.toml`.
    pub runtime_path: String,
    /// Extra lines appended to `Cargo.toml` (dev-dependencies, ...).
    pub extra_manifest: String,
    /// Markdown for the crate's front page (common tasks).
    pub front_page: String,
    /// Emit conformance tests against a mock of the spec.
    pub conformance_tests: bool,
    /// The site that the spec's relative doc links (`](/docs/...)`) belong
    /// to; they become absolute links to it.
    pub docs_url: Option<String>,
    /// Hand-written helper modules copied into `src/extras/`.
    pub extras_dir: Option<PathBuf>,
    /// `[dependencies]` lines the extras need (TOML, optional ones too).
    pub extras_dependencies: Vec<String>,
    /// Cargo features of the extras, each with what it enables.
    pub extras_features: BTreeMap<String, Vec<String>>,
    /// The package name of a separate types crate, generated into
    /// `types/` and re-exported as the client's `types` module; `None`
    /// keeps the types in the client crate.
    pub types_crate: Option<String>,
    /// With a types crate: how many part crates (besides the shared one)
    /// hold the types of single features, to build in parallel; `0` keeps
    /// all types in the one crate.
    pub types_parts: usize,
    /// How the generated client is configured.
    pub client: ClientConfig,
    /// Per-operation corrections, by operationId.
    pub operations: BTreeMap<String, OperationConfig>,
    /// WebSocket APIs, whose events the document describes as schemas.
    pub websockets: Vec<WebSocketConfig>,
    /// Corrections to the document, applied before anything is read.
    pub patches: Vec<PatchConfig>,
    /// Type names, replacements, extra derives and attributes, and skips.
    pub types: TypesConfig,
    /// Compare instead of writing.
    pub check: bool,
    /// No progress output.
    pub quiet: bool,
}

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
    /// Providers the crate offers, each a Cargo feature (`azure`, `bedrock`).
    #[serde(default)]
    pub providers: Vec<String>,
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
    pub merge: serde_json::Value,
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

/// The providers the runtime has.
pub const PROVIDERS: &[&str] = &["azure", "bedrock"];

/// `spec/<name>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    source: Option<SpecPin>,
    #[serde(rename = "crate")]
    krate: CrateConfig,
    #[serde(default)]
    client: ClientConfig,
    #[serde(default)]
    operations: BTreeMap<String, OperationConfig>,
    #[serde(default, rename = "websocket")]
    websockets: Vec<WebSocketConfig>,
    #[serde(default, rename = "patch")]
    patches: Vec<PatchConfig>,
    #[serde(default)]
    types: TypesConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CrateConfig {
    name: String,
    version: String,
    out_dir: String,
    #[serde(default)]
    spec: Option<String>,
    #[serde(default)]
    docs_url: Option<String>,
    runtime_path: String,
    #[serde(default)]
    extra_manifest: String,
    #[serde(default)]
    front_page: String,
    #[serde(default)]
    conformance_tests: bool,
    #[serde(default)]
    extras: Option<String>,
    #[serde(default)]
    extras_dependencies: Vec<String>,
    #[serde(default)]
    extras_features: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    types_crate: Option<String>,
    #[serde(default)]
    types_parts: Option<usize>,
}

impl Settings {
    /// Defaults for a standalone run (`--spec` and `--out`).
    pub fn standalone(out_dir: PathBuf, runtime_dir: &Path) -> Self {
        Self {
            spec: None,
            pin: None,
            cache_dir: PathBuf::from("spec/cache"),
            out_dir,
            crate_name: "api-client".into(),
            crate_version: "0.1.0".into(),
            runtime_path: runtime_dir.display().to_string(),
            extra_manifest: String::new(),
            front_page: String::new(),
            conformance_tests: false,
            docs_url: None,
            extras_dir: None,
            extras_dependencies: Vec::new(),
            extras_features: BTreeMap::new(),
            types_crate: None,
            types_parts: 0,
            client: ClientConfig::default(),
            operations: BTreeMap::new(),
            websockets: Vec::new(),
            patches: Vec::new(),
            types: TypesConfig::default(),
            check: false,
            quiet: false,
        }
    }

    /// Reads a config file; relative paths are taken from `root`.
    pub fn from_config(path: &Path, root: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let config: ConfigFile =
            toml::from_str(&text).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
        if let Some(unknown) = config
            .client
            .providers
            .iter()
            .find(|p| !PROVIDERS.contains(&p.as_str()))
        {
            return Err(Error::Usage(format!(
                "{}: unknown provider `{unknown}` in client.providers (known: {})",
                path.display(),
                PROVIDERS.join(", ")
            )));
        }
        if config.krate.types_parts.is_some_and(|n| n > 0) && config.krate.types_crate.is_none() {
            return Err(Error::Usage(format!(
                "{}: crate.types_parts needs crate.types_crate (the crate the parts belong to)",
                path.display()
            )));
        }
        if config.krate.types_parts.is_some_and(|n| n > 16) {
            return Err(Error::Usage(format!(
                "{}: crate.types_parts is at most 16",
                path.display()
            )));
        }
        Ok(Self {
            spec: config.krate.spec.map(|s| root.join(s)),
            pin: config.source,
            cache_dir: root.join("spec/cache"),
            out_dir: root.join(&config.krate.out_dir),
            crate_name: config.krate.name,
            crate_version: config.krate.version,
            runtime_path: config.krate.runtime_path,
            extra_manifest: config.krate.extra_manifest,
            front_page: config.krate.front_page,
            conformance_tests: config.krate.conformance_tests,
            docs_url: config.krate.docs_url,
            extras_dir: config.krate.extras.map(|e| root.join(e)),
            extras_dependencies: config.krate.extras_dependencies,
            extras_features: config.krate.extras_features,
            types_crate: config.krate.types_crate,
            types_parts: config.krate.types_parts.unwrap_or(0),
            client: config.client,
            operations: config.operations,
            websockets: config.websockets,
            patches: config.patches,
            types: config.types,
            check: false,
            quiet: false,
        })
    }
}

impl Settings {
    /// The prefix of the client's environment variables.
    pub fn env_prefix(&self) -> String {
        self.client.env_prefix.clone().unwrap_or_else(|| {
            self.crate_name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_uppercase()
                    } else {
                        '_'
                    }
                })
                .collect()
        })
    }

    /// The client's environment variable `<PREFIX>_<suffix>`.
    pub fn env_name(&self, suffix: &str) -> String {
        format!("{}_{suffix}", self.env_prefix())
    }

    /// The path of `sdk-runtime-types` as written into the client's
    /// `Cargo.toml`: the runtime's sibling folder `runtime-types`.
    pub fn runtime_types_path(&self) -> String {
        let runtime = self.runtime_path.trim_end_matches('/');
        match runtime.rsplit_once('/') {
            Some((parent, _)) => format!("{parent}/runtime-types"),
            None => "runtime-types".to_owned(),
        }
    }

    /// Whether the crate offers `provider`.
    pub fn has_provider(&self, provider: &str) -> bool {
        self.client.providers.iter().any(|p| p == provider)
    }
}
