//! The one settings struct: where the spec comes from, where the crate
//! goes, and what it is called. Filled from `spec/<name>.toml` and the
//! command line.

use serde::Deserialize;
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
    /// Hand-written helper modules copied into `src/extras/`.
    pub extras_dir: Option<PathBuf>,
    /// Compare instead of writing.
    pub check: bool,
    /// No progress output.
    pub quiet: bool,
}

/// `spec/<name>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    source: SpecPin,
    #[serde(rename = "crate")]
    krate: CrateConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CrateConfig {
    name: String,
    version: String,
    out_dir: String,
    runtime_path: String,
    #[serde(default)]
    extra_manifest: String,
    #[serde(default)]
    front_page: String,
    #[serde(default)]
    conformance_tests: bool,
    #[serde(default)]
    extras: Option<String>,
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
            extras_dir: None,
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
        Ok(Self {
            spec: None,
            pin: Some(config.source),
            cache_dir: root.join("spec/cache"),
            out_dir: root.join(&config.krate.out_dir),
            crate_name: config.krate.name,
            crate_version: config.krate.version,
            runtime_path: config.krate.runtime_path,
            extra_manifest: config.krate.extra_manifest,
            front_page: config.krate.front_page,
            conformance_tests: config.krate.conformance_tests,
            extras_dir: config.krate.extras.map(|e| root.join(e)),
            check: false,
            quiet: false,
        })
    }
}
