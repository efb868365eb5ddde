//! The one settings struct: where the spec comes from, where the crate
//! goes, and what it is called. Filled from `spec/<name>.toml` and the
//! command line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::load::SpecPin;

mod file;
mod tables;

use file::ConfigFile;
pub use tables::*;

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
    /// The runtime dependency path as written into `Cargo.toml`, used
    /// when `runtime_source` is `None`.
    pub runtime_path: String,
    /// Where a generated crate takes the runtime from, when not by
    /// `runtime_path` (`--runtime`, or `[crate] runtime` in a config).
    pub runtime_source: Option<RuntimeSource>,
    /// How the crate's README says to regenerate it.
    pub regenerate: String,
    /// Extra lines appended to `Cargo.toml` (dev-dependencies, ...).
    pub extra_manifest: String,
    /// What every generated manifest says to crates.io.
    pub package: PackageMetadata,
    /// Markdown for the crate's front page (common tasks).
    pub front_page: String,
    /// Emit conformance tests against a mock of the spec.
    pub conformance_tests: bool,
    /// The site that the spec's relative doc links (`](/docs/...)`) belong
    /// to; they become absolute links to it.
    pub docs_url: Option<String>,
    /// The hand-written helpers crate, with the features its manifest
    /// declares.
    pub helpers: Option<Helpers>,
    /// Provider crates the client offers.
    pub providers: Vec<ProviderConfig>,
    /// How much a multi-file spec may read (`[limits]`).
    pub limits: crate::load::Limits,
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
    /// Config entries that name what the document lacks become warnings
    /// (`--allow-stale-config`) instead of refusing the run.
    pub allow_stale_config: bool,
    /// No progress output.
    pub quiet: bool,
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
            runtime_source: None,
            regenerate: "cargo run -p codegen".into(),
            extra_manifest: String::new(),
            package: PackageMetadata::default(),
            front_page: String::new(),
            conformance_tests: false,
            docs_url: None,
            helpers: None,
            providers: Vec::new(),
            limits: crate::load::Limits::default(),
            types_crate: None,
            types_parts: 0,
            client: ClientConfig::default(),
            operations: BTreeMap::new(),
            websockets: Vec::new(),
            patches: Vec::new(),
            types: TypesConfig::default(),
            check: false,
            allow_stale_config: false,
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
        let out_dir = root.join(&config.krate.out_dir);
        let helpers = config
            .helpers
            .map(|h| Helpers::read(h, &out_dir))
            .transpose()?;
        check_providers(&config.providers, path)?;
        check_keywords(&config.krate.keywords, path)?;
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
            runtime_path: match &config.krate.runtime {
                Some(RuntimeSource::Path { path }) => path.clone(),
                _ => config.krate.runtime_path,
            },
            runtime_source: config
                .krate
                .runtime
                .filter(|r| !matches!(r, RuntimeSource::Path { .. })),
            regenerate: format!(
                "cargo run -p codegen -- --config {}",
                path.strip_prefix(root).unwrap_or(path).display()
            ),
            extra_manifest: config.krate.extra_manifest,
            package: PackageMetadata {
                publish: config.krate.publish.unwrap_or(true),
                repository: config.krate.repository,
                homepage: config.krate.homepage,
                keywords: config.krate.keywords,
                categories: config.krate.categories,
            },
            front_page: config.krate.front_page,
            conformance_tests: config.krate.conformance_tests,
            docs_url: config.krate.docs_url,
            helpers,
            providers: config.providers,
            limits: config.limits,
            types_crate: config.krate.types_crate,
            types_parts: config.krate.types_parts.unwrap_or(0),
            client: config.client,
            operations: config.operations,
            websockets: config.websockets,
            patches: config.patches,
            types: config.types,
            check: false,
            allow_stale_config: false,
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

    /// The dependency on the runtime crate `package` (`sdk-runtime` or
    /// `sdk-runtime-types`) as the inside of a `Cargo.toml` inline table:
    /// from the registry, a git repository, or a path (`path` is the
    /// runtime's path as seen from the manifest).
    pub fn runtime_dependency(&self, path: &str) -> String {
        RuntimeSource::dependency(self.runtime_source.as_ref(), path)
    }
}

/// The path of `sdk-runtime-types` beside the runtime at `runtime`.
pub fn runtime_types_path(runtime: &str) -> String {
    let runtime = runtime.trim_end_matches('/');
    match runtime.rsplit_once('/') {
        Some((parent, _)) => format!("{parent}/runtime-types"),
        None => "runtime-types".to_owned(),
    }
}

impl RuntimeSource {
    /// The dependency on a runtime crate as the inside of a `Cargo.toml`
    /// inline table: from the registry, a git repository, or a path
    /// (`path`, as seen from the manifest, with the version that makes it
    /// publishable) when `source` is `None` or a path.
    pub fn dependency(source: Option<&Self>, path: &str) -> String {
        let quoted = |s: &str| toml::Value::String(s.to_owned()).to_string();
        match source {
            Some(Self::Registry { version }) => format!("version = {}", quoted(version)),
            Some(Self::Git { git, rev }) => match rev {
                Some(rev) => format!("git = {}, rev = {}", quoted(git), quoted(rev)),
                None => format!("git = {}", quoted(git)),
            },
            Some(Self::Path { path: _ }) | None => format!(
                "path = {}, version = {}",
                quoted(path),
                quoted(RUNTIME_VERSION)
            ),
        }
    }
}

/// crates.io takes at most five keywords of at most 20 ASCII characters
/// each, a letter first, then letters, digits, `_`, `-` or `+`.
fn check_keywords(keywords: &[String], path: &Path) -> Result<(), Error> {
    if keywords.len() > 5 {
        return Err(Error::Usage(format!(
            "{}: crate.keywords has {} entries; crates.io takes at most 5",
            path.display(),
            keywords.len()
        )));
    }
    let valid = |k: &str| {
        (1..=20).contains(&k.len())
            && k.starts_with(|c: char| c.is_ascii_alphabetic())
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    };
    match keywords.iter().find(|k| !valid(k)) {
        Some(bad) => Err(Error::Usage(format!(
            "{}: crate.keywords: {bad:?} is not a crates.io keyword (1 to 20 ASCII letters, digits, `_`, `-` or `+`, a letter first)",
            path.display()
        ))),
        None => Ok(()),
    }
}

/// The runtime version that generated code is written against: the
/// requirement on `sdk-runtime` and `sdk-runtime-types` beside a path, and
/// the registry version of a standalone crate.
pub const RUNTIME_VERSION: &str = "0.1";

/// What the generated manifests tell crates.io besides name, version,
/// description and license (`[crate]` keys of a config file).
#[derive(Debug, Clone)]
pub struct PackageMetadata {
    /// `false` marks the crates `publish = false` (fixtures, tests).
    pub publish: bool,
    /// The source repository's URL.
    pub repository: Option<String>,
    /// The project's home page.
    pub homepage: Option<String>,
    /// crates.io keywords (at most five).
    pub keywords: Vec<String>,
    /// crates.io category slugs.
    pub categories: Vec<String>,
}

impl Default for PackageMetadata {
    fn default() -> Self {
        Self {
            publish: true,
            repository: None,
            homepage: None,
            keywords: Vec::new(),
            categories: Vec::new(),
        }
    }
}

/// Where a generated crate takes the runtime crates from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum RuntimeSource {
    /// A registry version requirement (`sdk-runtime = "0.1"`).
    Registry {
        /// The requirement.
        version: String,
    },
    /// A git repository holding the runtime crates.
    Git {
        /// The repository URL.
        git: String,
        /// A commit, tag or branch.
        rev: Option<String>,
    },
    /// A path, relative to the generated crate (as `runtime_path`).
    Path {
        /// The runtime folder.
        path: String,
    },
}

impl RuntimeSource {
    /// Reads `--runtime`: `version:REQ`, `git:URL[#REV]` or `path:DIR`.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let refuse = || {
            Error::Usage(format!(
                "--runtime `{text}`: give `version:0.1`, `git:URL` (with `#REV` for a commit) or `path:DIR`"
            ))
        };
        let (kind, value) = text.split_once(':').ok_or_else(refuse)?;
        if value.is_empty() {
            return Err(refuse());
        }
        Ok(match kind {
            "version" => Self::Registry {
                version: value.to_owned(),
            },
            "git" => match value.rsplit_once('#') {
                Some((git, rev)) if !rev.is_empty() => Self::Git {
                    git: git.to_owned(),
                    rev: Some(rev.to_owned()),
                },
                _ => Self::Git {
                    git: value.to_owned(),
                    rev: None,
                },
            },
            "path" => Self::Path {
                path: value.to_owned(),
            },
            _ => return Err(refuse()),
        })
    }
}

/// The helpers crate: its config and what its manifest declares.
#[derive(Debug, Clone)]
pub struct Helpers {
    /// The `[helpers]` table.
    pub config: HelpersConfig,
    /// Its Cargo features.
    pub features: std::collections::BTreeSet<String>,
    /// Its default features.
    pub default_features: Vec<String>,
}

impl Helpers {
    /// Reads the features of the helpers crate at `config.path` below
    /// `out_dir`.
    fn read(config: HelpersConfig, out_dir: &Path) -> Result<Self, Error> {
        let manifest = out_dir.join(&config.path).join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).map_err(|source| Error::Io {
            path: manifest.clone(),
            source,
        })?;
        let value: toml::Table = toml::from_str(&text)
            .map_err(|e| Error::Usage(format!("{}: {e}", manifest.display())))?;
        let name = value
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(toml::Value::as_str);
        if name != Some(config.package.as_str()) {
            return Err(Error::Usage(format!(
                "helpers.package: {} is the manifest of {}, not `{}`",
                manifest.display(),
                name.map_or_else(|| "no package".to_owned(), |n| format!("`{n}`")),
                config.package
            )));
        }
        let table = value.get("features").and_then(toml::Value::as_table);
        let features = table
            .map(|t| t.keys().filter(|k| *k != "default").cloned().collect())
            .unwrap_or_default();
        let default_features = table
            .and_then(|t| t.get("default"))
            .and_then(toml::Value::as_array)
            .map(|d| {
                d.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        Ok(Self {
            config,
            features,
            default_features,
        })
    }
}

/// Provider names are distinct features, and each provider is found by a
/// path or a version.
fn check_providers(providers: &[ProviderConfig], path: &Path) -> Result<(), Error> {
    let mut seen = std::collections::BTreeSet::new();
    for p in providers {
        if !seen.insert(p.name.as_str()) {
            return Err(Error::Usage(format!(
                "{}: provider `{}` is declared twice",
                path.display(),
                p.name
            )));
        }
        if p.path.is_none() && p.version.is_none() {
            return Err(Error::Usage(format!(
                "{}: provider `{}` needs a `path` or a `version`",
                path.display(),
                p.name
            )));
        }
    }
    Ok(())
}
