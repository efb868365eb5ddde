//! The crates around the code: manifests with one feature per top-level
//! resource, `lib.rs` with the crate docs, and the README. The text files
//! come from the askama templates in `codegen/templates/`. The client
//! crate is in `client.rs`, the types crates in `types.rs`.

mod client;
mod types;

pub use client::{cargo_toml, facade_cargo_toml, facade_lib_rs, lib_rs};
pub use types::{
    TypesManifestParts, crate_ident, path_dependency, types_cargo_toml, types_front_page,
};

use askama::Template;

use super::credentials::environment_items;
use crate::error::Error;
use crate::model::Model;
use crate::model::crate_facts::CrateFacts;

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

/// The `[package]` keys that every generated manifest writes after
/// `license`: where the docs are, the README (`readme`: the crate has one),
/// the config's repository, home page, keywords and categories, and
/// `publish = false` when the config says so.
fn package_keys(facts: &CrateFacts, name: &str, readme: bool) -> String {
    let meta = &facts.package;
    let list = |items: &[String]| {
        let items: Vec<String> = items.iter().map(|i| toml_string(i)).collect();
        format!("[{}]", items.join(", "))
    };
    let mut keys = vec![format!(
        "documentation = {}",
        toml_string(&format!("https://docs.rs/{name}"))
    )];
    if readme {
        keys.push("readme = \"README.md\"".to_owned());
    }
    if let Some(repository) = &meta.repository {
        keys.push(format!("repository = {}", toml_string(repository)));
    }
    if let Some(homepage) = &meta.homepage {
        keys.push(format!("homepage = {}", toml_string(homepage)));
    }
    if !meta.keywords.is_empty() {
        keys.push(format!("keywords = {}", list(&meta.keywords)));
    }
    if !meta.categories.is_empty() {
        keys.push(format!("categories = {}", list(&meta.categories)));
    }
    if !meta.publish {
        keys.push("publish = false".to_owned());
    }
    keys.join("\n")
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
#[template(path = "README.md.txt", escape = "none")]
struct Readme<'a> {
    crate_name: &'a str,
    title: &'a str,
    version: &'a str,
    operations: usize,
    resources: usize,
    types: usize,
    environment: Vec<String>,
    regenerate: &'a str,
}

/// `README.md`.
pub fn readme(model: &Model, facts: &CrateFacts) -> Result<String, Error> {
    let readme = Readme {
        crate_name: &facts.crate_name,
        title: &model.title,
        version: &model.version,
        operations: model.operations.len(),
        resources: model.features.len(),
        types: model.types.len(),
        environment: environment_items(model),
        regenerate: &facts.regenerate,
    };
    render(&readme, "README.md")
}
