//! The manifests and front page of the types crates.

use askama::Template;

use super::{render, toml_key, toml_string};
use crate::emit::docs::escape;
use crate::emit::examples::{DocCrate, types_example};
use crate::emit::resources::body_value;
use crate::emit::types::qualified;
use crate::error::Error;
use crate::model::crate_facts::CrateFacts;
use crate::model::operations::Response;
use crate::model::{Model, Operation};
use quote::{format_ident, quote};

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
    /// The `[package]` keys after `license`.
    package: String,
    /// Dependency lines, written as TOML.
    dependencies: Vec<String>,
    /// Development dependency lines (what the front page's example uses).
    dev_dependencies: Vec<String>,
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
    facts: &CrateFacts,
    parts: TypesManifestParts<'_>,
) -> Result<String, Error> {
    let mut dependencies = parts.dependencies;
    if parts.has_types {
        let runtime_types = facts.runtime_types_path();
        let runtime_types = if std::path::Path::new(&runtime_types).is_absolute() {
            runtime_types
        } else {
            format!("{}{runtime_types}", "../".repeat(parts.depth))
        };
        dependencies.push(format!(
            "sdk-runtime-types = {{ {} }}",
            facts.runtime_dependency(&runtime_types)
        ));
        dependencies.push(r#"serde = { version = "1", features = ["derive"] }"#.to_owned());
        dependencies.push(r#"serde_json = "1""#.to_owned());
    }
    // A facade's front page example writes and reads JSON.
    let dev_dependencies = match parts.has_types {
        true => Vec::new(),
        false => vec![r#"serde_json = "1""#.to_owned()],
    };
    let manifest = TypesManifest {
        title: &model.title,
        name: toml_string(parts.name),
        version: toml_string(&facts.crate_version),
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
        package: super::package_keys(facts, parts.name, false),
        dependencies,
        dev_dependencies,
    };
    render(&manifest, &format!("the manifest of {}", parts.name))
}

/// A crate name as a Rust path segment.
pub fn crate_ident(name: &str) -> String {
    name.replace('-', "_")
}

/// A dependency on a sibling crate of the same version by path, without
/// default features.
pub fn path_dependency(name: &str, path: &str, version: &str, optional: bool) -> String {
    let optional = if optional { ", optional = true" } else { "" };
    format!(
        "{} = {{ path = {}, version = {}, default-features = false{optional} }}",
        toml_key(name),
        toml_string(path),
        toml_string(version)
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
    /// Two of the areas (modules) the types are in, as code spans.
    areas: Vec<String>,
    features: String,
    /// The operation the example shows (`POST /chat/completions`).
    example_of: String,
    /// The example's lines, without the fences; empty when there is none.
    example: Vec<String>,
}

/// The front page of a separate types crate.
pub fn types_front_page(model: &Model, facts: &CrateFacts, name: &str) -> Result<String, Error> {
    let example = front_page_example(model, name);
    let page = TypesFrontPage {
        types_crate: name,
        crate_name: &facts.crate_name,
        crate_ident: facts.crate_name.replace('-', "_"),
        title: escape(&model.title),
        version: escape(&model.version),
        types: model.types.len(),
        areas: model
            .areas()
            .into_keys()
            .filter(|area| area != "common")
            .take(2)
            .map(|area| format!("`{area}`"))
            .collect(),
        features: model
            .features
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", "),
        example_of: example
            .as_ref()
            .map(|(op, _)| format!("`{} {}`", op.method, op.path))
            .unwrap_or_default(),
        example: example.map(|(_, lines)| lines).unwrap_or_default(),
    };
    render(&page, "the types crate's front page")
}

/// The front page's example: the body of [`Model::showcase`]'s operation
/// built as the client's examples build it, written as JSON, and its answer
/// read from JSON; behind the feature the two types need. None when the
/// body is not built from types alone.
fn front_page_example<'m>(model: &'m Model, name: &str) -> Option<(&'m Operation, Vec<String>)> {
    let (op, feature) = model.showcase()?;
    let Response::Json(answer) = &op.response else {
        return None;
    };
    let krate = crate_ident(name);
    let doc_crate = DocCrate {
        name: krate.clone(),
        real: krate.clone(),
    };
    let body = body_value(model, op, &doc_crate)?;
    if body.to_string().contains(&krate) {
        return None;
    }
    let answer = qualified(&model.types, answer);
    let krate = format_ident!("{krate}");
    let gate = feature.map(|f| quote!(#[cfg(feature = #f)]));
    let file = quote! {
        use #krate as types;
        #gate
        fn example(text: &str) -> Result<(), Box<dyn std::error::Error>> {
            let body = #body;
            let json = serde_json::to_string(&body)?;
            let answer: #answer = serde_json::from_str(text)?;
            println!("{json}\n{answer:?}");
            Ok(())
        }
    };
    let lines = types_example(file)?
        .into_iter()
        .map(|line| line.strip_prefix(' ').unwrap_or(&line).to_owned())
        .collect();
    Some((op, lines))
}
