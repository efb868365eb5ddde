//! What the generated crates are, decided once from the config: names and
//! version, the core crate when hand-written helpers sit in front, the
//! types crates, where the runtime comes from, the providers and helpers
//! they depend on, what their manifests and front pages say. The emitter
//! prints these; it reads no config.

use crate::settings::{Helpers, PackageMetadata, ProviderConfig, RuntimeSource, Settings};

/// The crates a run writes.
#[derive(Debug, Clone, Default)]
pub struct CrateFacts {
    /// The package users depend on.
    pub crate_name: String,
    /// Its version (every generated crate's).
    pub crate_version: String,
    /// The core crate's package name, when helpers sit in front of it.
    pub core: Option<String>,
    /// The separate types crate's package name.
    pub types_crate: Option<String>,
    /// Its part crates (`0`: one types crate).
    pub types_parts: usize,
    /// The hand-written helpers crate.
    pub helpers: Option<Helpers>,
    /// The provider crates the client offers.
    pub providers: Vec<ProviderConfig>,
    /// Conformance tests against a mock of the spec are written.
    pub conformance_tests: bool,
    /// Lines appended to the client's manifest.
    pub extra_manifest: String,
    /// Markdown of the crate's front page.
    pub front_page: String,
    /// What the manifests tell crates.io.
    pub package: PackageMetadata,
    /// How the README says to regenerate the crate.
    pub regenerate: String,
    /// The runtime's path as seen from the client crate.
    pub runtime_path: String,
    /// Where the runtime comes from, when not by `runtime_path`.
    pub runtime_source: Option<RuntimeSource>,
}

impl CrateFacts {
    /// The facts `settings` decide.
    pub fn decide(settings: &Settings) -> Self {
        Self {
            crate_name: settings.crate_name.clone(),
            crate_version: settings.crate_version.clone(),
            core: settings
                .helpers
                .as_ref()
                .map(|_| format!("{}-core", settings.crate_name)),
            types_crate: settings.types_crate.clone(),
            types_parts: settings.types_parts,
            helpers: settings.helpers.clone(),
            providers: settings.providers.clone(),
            conformance_tests: settings.conformance_tests,
            extra_manifest: settings.extra_manifest.clone(),
            front_page: settings.front_page.clone(),
            package: settings.package.clone(),
            regenerate: settings.regenerate.clone(),
            runtime_path: settings.runtime_path.clone(),
            runtime_source: settings.runtime_source.clone(),
        }
    }

    /// The dependency on a runtime crate whose path, as seen from the
    /// manifest, is `path` (see [`RuntimeSource::dependency`]).
    pub fn runtime_dependency(&self, path: &str) -> String {
        RuntimeSource::dependency(self.runtime_source.as_ref(), path)
    }

    /// The path of `sdk-runtime-types`: the runtime's sibling folder.
    pub fn runtime_types_path(&self) -> String {
        crate::settings::runtime_types_path(&self.runtime_path)
    }
}
