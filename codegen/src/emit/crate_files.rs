//! The crate around the code: `Cargo.toml` with one feature per top-level
//! resource, `lib.rs` with the crate docs, and the README. The text files
//! come from the askama templates in `codegen/templates/`.

use askama::Template;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::client::{AuthOption, accessor, environment_items};
use super::docs::escape;
use crate::error::Error;
use crate::model::{EXTRA_FEATURE, Model, Operation, WEBHOOKS_FEATURE};
use crate::settings::Settings;

/// A TOML string literal.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
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
    };
    let doc_attrs = super::docs::inner_doc_attrs(&render(&page, "the front page")?);
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
        #[rustfmt::skip]
        pub mod types;
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
    features: Vec<(&'a str, &'static str)>,
    bedrock: bool,
    runtime_path: String,
    extras: bool,
    conformance_tests: bool,
    extra_manifest: &'a str,
}

/// `Cargo.toml`.
pub fn cargo_toml(model: &Model, settings: &Settings) -> Result<String, Error> {
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
                let deps = if f == WEBHOOKS_FEATURE {
                    "\"sdk-runtime/webhooks\""
                } else {
                    ""
                };
                (f.as_str(), deps)
            })
            .collect(),
        bedrock: settings.has_provider("bedrock"),
        runtime_path: toml_string(&settings.runtime_path),
        extras: settings.extras_dir.is_some(),
        conformance_tests: settings.conformance_tests,
        extra_manifest: &settings.extra_manifest,
    };
    render(&manifest, "Cargo.toml")
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
