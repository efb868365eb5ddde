//! The config file as read: its tables before they become [`Settings`].

use serde::Deserialize;
use std::collections::BTreeMap;

use super::tables::*;
use crate::load::SpecPin;

/// `spec/<name>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ConfigFile {
    pub(super) source: Option<SpecPin>,
    #[serde(rename = "crate")]
    pub(super) krate: CrateConfig,
    #[serde(default)]
    pub(super) client: ClientConfig,
    #[serde(default)]
    pub(super) operations: BTreeMap<String, OperationConfig>,
    #[serde(default, rename = "websocket")]
    pub(super) websockets: Vec<WebSocketConfig>,
    #[serde(default, rename = "patch")]
    pub(super) patches: Vec<PatchConfig>,
    #[serde(default)]
    pub(super) types: TypesConfig,
    #[serde(default, rename = "provider")]
    pub(super) providers: Vec<ProviderConfig>,
    #[serde(default)]
    pub(super) helpers: Option<HelpersConfig>,
    #[serde(default)]
    pub(super) limits: crate::load::Limits,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CrateConfig {
    pub(super) name: String,
    pub(super) version: String,
    pub(super) out_dir: String,
    #[serde(default)]
    pub(super) spec: Option<String>,
    #[serde(default)]
    pub(super) docs_url: Option<String>,
    pub(super) runtime_path: String,
    #[serde(default)]
    pub(super) runtime: Option<super::RuntimeSource>,
    #[serde(default)]
    pub(super) extra_manifest: String,
    #[serde(default)]
    pub(super) front_page: String,
    #[serde(default)]
    pub(super) conformance_tests: bool,
    /// `false` marks the generated crates `publish = false`.
    #[serde(default)]
    pub(super) publish: Option<bool>,
    #[serde(default)]
    pub(super) repository: Option<String>,
    #[serde(default)]
    pub(super) homepage: Option<String>,
    #[serde(default)]
    pub(super) keywords: Vec<String>,
    #[serde(default)]
    pub(super) categories: Vec<String>,

    #[serde(default)]
    pub(super) types_crate: Option<String>,
    #[serde(default)]
    pub(super) types_parts: Option<usize>,
}
