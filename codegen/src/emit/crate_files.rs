//! The crate around the code: `Cargo.toml` with one feature per top-level
//! resource, `lib.rs` with the crate docs, and the README. The text files
//! come from the askama templates in `codegen/templates/`.

use askama::Template;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::client::accessor;
use super::credentials::{AuthOption, environment_items};
use super::docs::escape;
use crate::error::Error;
use crate::model::{EXTRA_FEATURE, Model, Operation, WEBHOOKS_FEATURE};
use crate::settings::Settings;

/// A TOML string literal.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A TOML key: bare when it can be (package names usually can).
fn toml_key(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        text.to_owned()
    } else {
        toml_string(text)
    }
}

/// Renders a template; the text ends with a newline, as a file should.
fn render(template: &impl Template, what: &str) -> Result<String, Error> {
    let mut text = template.render().map_err(|e| Error::Spec {
        pointer: String::new(),
        message: format!("internal error: cannot render {what}: {e}"),
    })?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

#[derive(Template)]
#[template(path = "front_page.md.txt", escape = "none")]
struct FrontPage<'a> {
    crate_name: &'a str,
    description: Option<String>,
    title: String,
    version: String,
    front_page: &'a str,
    /// Feature, accessor and operation count of each resource.
    resources: Vec<(&'a str, String, usize)>,
    webhooks: Option<&'static str>,
    extra_types: Option<&'static str>,
    bedrock: bool,
    azure: bool,
    /// The WebSocket methods, as `resource().method()`.
    sockets: Vec<String>,
}

/// `src/lib.rs`.
pub fn lib_rs(
    model: &Model,
    settings: &Settings,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> Result<TokenStream, Error> {
    let page = FrontPage {
        crate_name: &settings.crate_name,
        description: model.description.as_deref().map(escape),
        title: escape(&model.title),
        version: escape(&model.version),
        front_page: settings.front_page.trim(),
        resources: tops
            .iter()
            .map(|(top, ops)| (ops[0].feature.as_str(), accessor(top), ops.len()))
            .collect(),
        webhooks: (!model.webhooks.is_empty()).then_some(WEBHOOKS_FEATURE),
        extra_types: model
            .features
            .contains(EXTRA_FEATURE)
            .then_some(EXTRA_FEATURE),
        bedrock: settings.has_provider("bedrock"),
        azure: settings.has_provider("azure"),
        sockets: model
            .sockets
            .iter()
            .map(|s| {
                let path: Vec<String> = s.resource.iter().map(|r| accessor(r)).collect();
                format!("{}().{}()", path.join("()."), s.method)
            })
            .collect(),
    };
    let doc_attrs = super::docs::inner_doc_attrs(&render(&page, "the front page")?);
    let types_item = match &settings.types_crate {
        Some(name) => {
            let krate = quote::format_ident!("{}", name.replace('-', "_"));
            let doc = format!(
                " Every type of the API, by area (`types::chat`) and all at the top (`types::CreateChatCompletionRequest`): the `{name}` crate."
            );
            // Each type is documented once, in its area; the flat paths
            // work everywhere (a split types crate declares every area).
            let areas: std::collections::BTreeSet<String> =
                model.type_modules().into_iter().collect();
            let areas = areas.iter().map(|a| super::types::ident(a));
            let (modules, flat) = if settings.types_parts > 0 {
                (
                    quote!(pub use #krate::{#(#areas),*};),
                    quote!(#[doc(hidden)]),
                )
            } else {
                (TokenStream::new(), TokenStream::new())
            };
            quote! {
                #[doc = #doc]
                #[rustfmt::skip]
                pub mod types {
                    #modules
                    #flat
                    pub use #krate::*;
                }
            }
        }
        None => quote! {
            #[rustfmt::skip]
            pub mod types;
        },
    };
    let extras = settings.extras_dir.is_some().then(|| {
        quote! {
            pub mod extras;
        }
    });
    Ok(quote! {
        #doc_attrs

        // Generated modules are formatted by prettyplease, deterministically
        // and independently of the installed rustfmt.
        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        pub mod resources;
        #types_item
        #extras

        pub use client::{Client, ClientBuilder};
        /// The runtime: options, errors, streams, pagination, providers.
        pub use sdk_runtime as runtime;
        pub use sdk_runtime::{ApiResponse, Call, Error, RequestOptions};
    })
}

#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
struct Manifest<'a> {
    title: &'a str,
    name: String,
    version: String,
    description: String,
    default_features: String,
    /// Each feature with its dependencies, written as TOML.
    features: Vec<(&'a str, String)>,
    bedrock: bool,
    azure: bool,
    /// The `websocket` feature's dependencies, when the crate has sockets.
    websocket: Option<String>,
    runtime_path: String,
    runtime_types_path: String,
    /// The separate types crate's package name, written as TOML.
    types_crate: Option<String>,
    extras: bool,
    /// The extras' `[dependencies]` lines.
    extras_dependencies: &'a [String],
    conformance_tests: bool,
    extra_manifest: &'a str,
}

/// `Cargo.toml`.
pub fn cargo_toml(model: &Model, settings: &Settings) -> Result<String, Error> {
    const RESERVED: &[&str] = &[
        "default",
        "rustls",
        "native-tls",
        "http2",
        "test-util",
        "bedrock",
        "bedrock-sigv4",
        "azure",
        "azure-identity",
        "websocket",
    ];
    if let Some(taken) = settings
        .extras_features
        .keys()
        .find(|f| model.features.contains(*f) || RESERVED.contains(&f.as_str()))
    {
        return Err(Error::Usage(format!(
            "crate.extras_features: `{taken}` is already a feature of the crate"
        )));
    }
    let default: Vec<String> = std::iter::once("rustls")
        .chain(model.features.iter().map(String::as_str))
        .map(toml_string)
        .collect();
    let manifest = Manifest {
        title: &model.title,
        name: toml_string(&settings.crate_name),
        version: toml_string(&settings.crate_version),
        description: toml_string(&format!(
            "Typed Rust client for the {}, generated from its OpenAPI description.",
            model.title
        )),
        default_features: default.join(", "),
        // Webhook payloads come with the runtime's signature verification.
        features: model
            .features
            .iter()
            .map(|f| {
                let mut deps = Vec::new();
                if f == WEBHOOKS_FEATURE {
                    deps.push(toml_string("sdk-runtime/webhooks"));
                }
                if let Some(types) = &settings.types_crate {
                    deps.push(toml_string(&format!("{types}/{f}")));
                }
                (f.as_str(), deps.join(", "))
            })
            .chain(settings.extras_features.iter().map(|(f, deps)| {
                let deps: Vec<String> = deps.iter().map(|d| toml_string(d)).collect();
                (f.as_str(), deps.join(", "))
            }))
            .collect(),
        bedrock: settings.has_provider("bedrock"),
        azure: settings.has_provider("azure"),
        websocket: (!model.sockets.is_empty()).then(|| {
            let mut deps = vec![toml_string("sdk-runtime/websocket")];
            if super::sockets::needs_extra_types(model) {
                deps.push(toml_string(EXTRA_FEATURE));
            }
            deps.join(", ")
        }),
        runtime_path: toml_string(&settings.runtime_path),
        runtime_types_path: toml_string(&settings.runtime_types_path()),
        types_crate: settings.types_crate.as_deref().map(toml_key),
        extras: settings.extras_dir.is_some(),
        extras_dependencies: &settings.extras_dependencies,
        conformance_tests: settings.conformance_tests,
        extra_manifest: &settings.extra_manifest,
    };
    render(&manifest, "Cargo.toml")
}

#[derive(Template)]
#[template(path = "types_Cargo.toml.txt", escape = "none")]
struct TypesManifest<'a> {
    title: &'a str,
    name: String,
    version: String,
    description: String,
    default_features: String,
    /// Each feature with its dependencies, written as TOML.
    features: Vec<(&'a str, String)>,
    /// Dependency lines, written as TOML.
    dependencies: Vec<String>,
}

/// What a types crate's manifest says besides the generated defaults.
pub struct TypesManifestParts<'a> {
    /// The package name.
    pub name: &'a str,
    /// One line of `description`.
    pub description: String,
    /// The features, each with the features or dependencies it enables.
    pub features: Vec<(&'a str, Vec<String>)>,
    /// `[dependencies]` lines besides serde and the runtime types.
    pub dependencies: Vec<String>,
    /// Whether the crate holds types (and so needs serde and
    /// `sdk-runtime-types`), rather than only re-exporting them.
    pub has_types: bool,
    /// How many folders below the client crate the crate is.
    pub depth: usize,
}

/// The `Cargo.toml` of a types crate (the one types crate, the facade of
/// a split one, its shared crate or one of its parts).
pub fn types_cargo_toml(
    model: &Model,
    settings: &Settings,
    parts: TypesManifestParts<'_>,
) -> Result<String, Error> {
    let mut dependencies = parts.dependencies;
    if parts.has_types {
        let runtime_types = settings.runtime_types_path();
        let runtime_types = if std::path::Path::new(&runtime_types).is_absolute() {
            runtime_types
        } else {
            format!("{}{runtime_types}", "../".repeat(parts.depth))
        };
        dependencies.push(format!(
            "sdk-runtime-types = {{ path = {} }}",
            toml_string(&runtime_types)
        ));
        dependencies.push(r#"serde = { version = "1", features = ["derive"] }"#.to_owned());
        dependencies.push(r#"serde_json = "1""#.to_owned());
    }
    let manifest = TypesManifest {
        title: &model.title,
        name: toml_string(parts.name),
        version: toml_string(&settings.crate_version),
        description: toml_string(&parts.description),
        default_features: parts
            .features
            .iter()
            .map(|(f, _)| toml_string(f))
            .collect::<Vec<_>>()
            .join(", "),
        features: parts
            .features
            .iter()
            .map(|(f, deps)| {
                let deps: Vec<String> = deps.iter().map(|d| toml_string(d)).collect();
                (*f, deps.join(", "))
            })
            .collect(),
        dependencies,
    };
    render(&manifest, &format!("the manifest of {}", parts.name))
}

/// A crate name as a Rust path segment.
pub fn crate_ident(name: &str) -> String {
    name.replace('-', "_")
}

/// A dependency on a sibling crate by path, without default features.
pub fn path_dependency(name: &str, path: &str, optional: bool) -> String {
    let optional = if optional { ", optional = true" } else { "" };
    format!(
        "{} = {{ path = {}, default-features = false{optional} }}",
        toml_key(name),
        toml_string(path)
    )
}

#[derive(Template)]
#[template(path = "types_front_page.md.txt", escape = "none")]
struct TypesFrontPage<'a> {
    types_crate: &'a str,
    crate_name: &'a str,
    crate_ident: String,
    title: String,
    version: String,
    types: usize,
    features: String,
}

/// The front page of a separate types crate.
pub fn types_front_page(model: &Model, settings: &Settings, name: &str) -> Result<String, Error> {
    let page = TypesFrontPage {
        types_crate: name,
        crate_name: &settings.crate_name,
        crate_ident: settings.crate_name.replace('-', "_"),
        title: escape(&model.title),
        version: escape(&model.version),
        types: model.types.types.len(),
        features: model
            .features
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", "),
    };
    render(&page, "the types crate's front page")
}

#[derive(Template)]
#[template(path = "README.md.txt", escape = "none")]
struct Readme<'a> {
    crate_name: &'a str,
    title: &'a str,
    version: &'a str,
    operations: usize,
    resources: usize,
    types: usize,
    environment: Vec<String>,
}

/// `README.md`.
pub fn readme(
    model: &Model,
    settings: &Settings,
    options: &[AuthOption<'_>],
) -> Result<String, Error> {
    let readme = Readme {
        crate_name: &settings.crate_name,
        title: &model.title,
        version: &model.version,
        operations: model.operations.len(),
        resources: model.features.len(),
        types: model.types.types.len(),
        environment: environment_items(model, settings, options),
    };
    render(&readme, "README.md")
}
