//! The generator in a build script: `build.rs` calls [`BuildScript`] with
//! a spec (and optionally a config), and the client lands in `OUT_DIR` as
//! one Rust file that the crate includes at its root:
//!
//! ```no_run
//! // build.rs, in `fn main()`:
//! codegen::build_script::BuildScript::new("openapi.yaml")
//!     .generate()
//!     .expect("the API client generates");
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/api.rs"));
//! ```
//!
//! The file holds the same modules as a generated crate (`client`,
//! `resources`, `types`) without its Cargo features: every resource is
//! there. The including crate depends on `sdk-runtime`, `sdk-runtime-types`,
//! `serde`, `serde_json` and `futures-util`, as a generated crate does.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::settings::Settings;

/// What a build script generates.
#[derive(Debug, Clone)]
pub struct BuildScript {
    spec: PathBuf,
    config: Option<PathBuf>,
    out_dir: Option<PathBuf>,
    file_name: String,
    crate_name: Option<String>,
}

impl BuildScript {
    /// A client for the OpenAPI document at `spec` (relative to the
    /// crate's manifest, as build scripts run there).
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Self {
            spec: spec.into(),
            config: None,
            out_dir: None,
            file_name: "api.rs".into(),
            crate_name: None,
        }
    }

    /// The name of the crate that includes the client (default:
    /// `$CARGO_PKG_NAME`): its documentation examples use it, and its
    /// environment variables start with it (`MY_APP_BASE_URL`).
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// The generator config to read (client, operations, types, patches);
    /// its crate layout settings do not apply.
    pub fn config(mut self, path: impl Into<PathBuf>) -> Self {
        self.config = Some(path.into());
        self
    }

    /// Where to write (default: `$OUT_DIR`).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The file's name in the output folder (default `api.rs`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = name.into();
        self
    }

    /// Generates the client into one file and tells Cargo to run the
    /// build script again when the spec or the config changes. Returns
    /// the file's path.
    pub fn generate(self) -> Result<PathBuf, Error> {
        let out_dir = match self.out_dir {
            Some(dir) => dir,
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or_else(|| {
                Error::Usage("OUT_DIR is not set: call BuildScript from a build script, or give out_dir(..)".into())
            })?,
        };
        let mut settings = match &self.config {
            Some(config) => {
                let root = config.parent().unwrap_or(Path::new("."));
                Settings::from_config(config, root)?
            }
            None => Settings::standalone(out_dir.clone(), Path::new("sdk-runtime")),
        };
        if settings.types_crate.is_some() || settings.helpers.is_some() {
            return Err(Error::Usage(
                "a build script makes one module: its config can have no `types_crate` or `[helpers]`".into(),
            ));
        }
        if let Some(name) = self
            .crate_name
            .or_else(|| std::env::var("CARGO_PKG_NAME").ok())
        {
            settings.crate_name = name;
        }
        settings.spec = Some(self.spec.clone());
        settings.out_dir = out_dir.clone();
        settings.conformance_tests = false;
        let text = std::fs::read_to_string(&self.spec).map_err(|source| Error::Io {
            path: self.spec.clone(),
            source,
        })?;
        let (files, _) = crate::generate_from_text(&self.spec, &text, &settings)?;
        let single = one_file(&files)?;
        std::fs::create_dir_all(&out_dir).map_err(|source| Error::Io {
            path: out_dir.clone(),
            source,
        })?;
        let path = out_dir.join(&self.file_name);
        std::fs::write(&path, single).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        println!("cargo:rerun-if-changed={}", self.spec.display());
        if let Some(config) = &self.config {
            println!("cargo:rerun-if-changed={}", config.display());
        }
        Ok(path)
    }
}

/// The crate's `src/` as one file: each `mod x;` replaced by its file's
/// content, without the crate's inner attributes (an included file cannot
/// have them) and without Cargo feature gates (the including crate has
/// none of those features).
fn one_file(files: &crate::emit::Files) -> Result<String, Error> {
    let sources: BTreeMap<&str, &str> = files
        .iter()
        .filter_map(|(path, text)| Some((path.strip_prefix("src/")?, text.as_str())))
        .collect();
    let lib = sources
        .get("lib.rs")
        .ok_or_else(|| Error::Usage("internal error: no src/lib.rs".into()))?;
    let mut root = parse(lib, "src/lib.rs")?;
    root.attrs.clear();
    inline(&mut root.items, "", &sources)?;
    strip_feature_gates(&mut root.items);
    Ok(format!(
        "// @generated by codegen in a build script: the API client, included with\n// `include!(concat!(env!(\"OUT_DIR\"), \"/...\"))` at the crate root.\n{}",
        prettyplease::unparse(&root)
    ))
}

fn parse(text: &str, path: &str) -> Result<syn::File, Error> {
    syn::parse_file(text)
        .map_err(|e| Error::Usage(format!("internal error: {path} does not parse: {e}")))
}

/// Replaces the `mod x;` items of the module at `dir` with their files.
fn inline(items: &mut [syn::Item], dir: &str, sources: &BTreeMap<&str, &str>) -> Result<(), Error> {
    for item in items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        if module.content.is_some() {
            continue;
        }
        let name = module.ident.to_string();
        let (path, child_dir) = [
            (format!("{dir}{name}.rs"), format!("{dir}{name}/")),
            (format!("{dir}{name}/mod.rs"), format!("{dir}{name}/")),
        ]
        .into_iter()
        .find(|(p, _)| sources.contains_key(p.as_str()))
        .ok_or_else(|| Error::Usage(format!("internal error: no file for module `{dir}{name}`")))?;
        let mut file = parse(sources[path.as_str()], &path)?;
        inline(&mut file.items, &child_dir, sources)?;
        module
            .attrs
            .retain(|a| !a.path().is_ident("rustfmt") && !is_rustfmt_skip(a));
        module.attrs.extend(file.attrs);
        module.content = Some((syn::token::Brace::default(), file.items));
        module.semi = None;
    }
    Ok(())
}

fn is_rustfmt_skip(attr: &syn::Attribute) -> bool {
    let path = attr.path();
    path.segments.len() == 2 && path.segments[0].ident == "rustfmt"
}

/// Whether `attr` is a `cfg` that names a Cargo feature.
fn is_feature_gate(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("cfg")
        && quote::ToTokens::to_token_stream(&attr.meta)
            .to_string()
            .contains("feature")
}

/// Whether `attr` is a `cfg` on a transport feature the runtime has and a
/// generated crate only passes on.
fn is_runtime_gate(attr: &syn::Attribute) -> bool {
    let text = quote::ToTokens::to_token_stream(&attr.meta).to_string();
    attr.path().is_ident("cfg") && (text.contains("\"reqwest\"") || text.contains("\"rustls\""))
}

fn strip_feature_gates(items: &mut [syn::Item]) {
    for item in items {
        let attrs = match item {
            syn::Item::Const(i) => &mut i.attrs,
            syn::Item::Enum(i) => {
                for v in &mut i.variants {
                    v.attrs.retain(|a| !is_feature_gate(a));
                }
                &mut i.attrs
            }
            syn::Item::Fn(i) => &mut i.attrs,
            syn::Item::Impl(i) => {
                // A method on a transport feature of the runtime (`reqwest`,
                // `rustls`) would need that feature of the including
                // crate's `sdk-runtime`: left out (`transport(..)` takes
                // any transport).
                i.items.retain(|inner| {
                    !matches!(inner, syn::ImplItem::Fn(f) if f.attrs.iter().any(is_runtime_gate))
                });
                for inner in &mut i.items {
                    if let syn::ImplItem::Fn(f) = inner {
                        f.attrs.retain(|a| !is_feature_gate(a));
                    }
                }
                &mut i.attrs
            }
            syn::Item::Mod(i) => {
                if let Some((_, inner)) = &mut i.content {
                    strip_feature_gates(inner);
                }
                &mut i.attrs
            }
            syn::Item::Static(i) => &mut i.attrs,
            syn::Item::Struct(i) => {
                for f in i.fields.iter_mut() {
                    f.attrs.retain(|a| !is_feature_gate(a));
                }
                &mut i.attrs
            }
            syn::Item::Trait(i) => &mut i.attrs,
            syn::Item::Type(i) => &mut i.attrs,
            syn::Item::Use(i) => &mut i.attrs,
            syn::Item::Macro(i) => &mut i.attrs,
            _ => continue,
        };
        attrs.retain(|a| !is_feature_gate(a));
    }
}
