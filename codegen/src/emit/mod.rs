//! Stage 3: the model to files. Code is built with `quote`, formatted with
//! `prettyplease`; the crate's manifest and README come from small templates.
//! The result is an ordered map of relative path to contents, so writing,
//! checking and testing all see the same bytes.

pub mod client;
pub mod crate_files;
pub mod credentials;
pub mod docs;
pub mod examples;
mod generate;
mod request_parts;
pub mod resources;
pub mod sockets;
pub mod tests;
pub mod tuning;
pub mod types;
pub mod types_crates;

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

pub use generate::generate;

use crate::error::Error;
use crate::model::{Model, TypeId};

/// Generated files by path relative to the crate root.
pub type Files = BTreeMap<String, String>;

/// Formats tokens as a Rust file.
pub fn format_file(tokens: TokenStream, what: &str) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Spec {
        pointer: String::new(),
        message: format!("internal error: generated {what} does not parse: {e}"),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// One file to make: its path, a rough size (bigger jobs start first) and
/// the work. A job builds its tokens and formats them on the thread that
/// runs it (token streams cannot cross threads); only text comes back.
struct Job<'a> {
    path: String,
    weight: usize,
    run: Box<dyn Fn() -> Result<String, Error> + Sync + 'a>,
}

/// Runs the jobs on rayon's pool, biggest first. The files come back by
/// path and, on failure, the error of the first failing job in path order:
/// the result never depends on which thread finished first.
fn run_jobs(mut jobs: Vec<Job<'_>>) -> Result<Files, Error> {
    use rayon::prelude::*;
    jobs.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.path.cmp(&b.path)));
    let results: Vec<(&str, Result<String, Error>)> = jobs
        .par_iter()
        .with_max_len(1)
        .map(|job| (job.path.as_str(), (job.run)()))
        .collect();
    let by_path: BTreeMap<&str, Result<String, Error>> = results.into_iter().collect();
    by_path
        .into_iter()
        .map(|(path, result)| result.map(|text| (path.to_owned(), text)))
        .collect()
}

/// One module of `src/types/`: the items of its types, each under the
/// `cfg` of its features unless the module already has exactly those.
fn types_module(
    model: &Model,
    module: &str,
    ids: &[TypeId],
    module_needs: &BTreeMap<String, Option<BTreeSet<String>>>,
    extras: &BTreeMap<TypeId, String>,
) -> Result<String, Error> {
    let space = &model.types;
    let module_set = module_needs
        .get(module)
        .cloned()
        .flatten()
        .unwrap_or_default();
    let header = format!(" {}", model.area_doc(module));
    let body = quote! {
        #![doc = #header]
        #[allow(unused_imports)]
        use super::*;
    };
    let mut out: syn::File = syn::parse2(body).map_err(|e| Error::Spec {
        pointer: String::new(),
        message: format!("internal error: module header does not parse: {e}"),
    })?;
    for &id in ids {
        let facts = &space[id].facts;
        if facts.tuning.skip {
            continue;
        }
        let features = &facts.features;
        let mut tokens = tuning::tuned_items(model, id);
        if let Some(extra) = extras.get(&id) {
            tokens.extend(extra.parse::<TokenStream>().map_err(|e| Error::Spec {
                pointer: space[id].pointer.clone(),
                message: format!("internal error: a generated conversion does not parse: {e}"),
            })?);
        }
        let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Spec {
            pointer: space[id].pointer.clone(),
            message: format!("internal error: generated type does not parse: {e}"),
        })?;
        let cfg = (*features != module_set)
            .then(|| cfg_attr(features))
            .flatten();
        for mut item in file.items {
            if let Some(attr) = &cfg {
                add_attr(&mut item, attr.clone());
            }
            out.items.push(item);
        }
    }
    Ok(prettyplease::unparse(&out))
}

/// `#[cfg(...)]` for a set of features (none when always compiled).
pub fn cfg_attr(features: &BTreeSet<String>) -> Option<syn::Attribute> {
    let tokens = match features.len() {
        0 => return None,
        1 => {
            let f = features.iter().next()?;
            quote!(#[cfg(feature = #f)])
        }
        _ => {
            let fs = features.iter();
            quote!(#[cfg(any(#(feature = #fs),*))])
        }
    };
    let mut attrs = syn::Attribute::parse_outer.parse2(tokens).ok()?;
    attrs.pop()
}

use syn::parse::Parser;

fn add_attr(item: &mut syn::Item, attr: syn::Attribute) {
    use syn::Item::*;
    let attrs = match item {
        Struct(i) => &mut i.attrs,
        Enum(i) => &mut i.attrs,
        Impl(i) => &mut i.attrs,
        Type(i) => &mut i.attrs,
        Fn(i) => &mut i.attrs,
        Mod(i) => &mut i.attrs,
        Use(i) => &mut i.attrs,
        Const(i) => &mut i.attrs,
        _ => return,
    };
    attrs.insert(0, attr);
}

/// Starts every generated Rust file with the `@generated` note (a comment
/// for whoever opens the file, not documentation for users).
fn mark_generated(files: &mut Files, title: &str) {
    let note = format!(
        "// @generated by codegen from the {title} description: regenerate rather than edit.\n"
    );
    for (path, text) in files.iter_mut() {
        if path.ends_with(".rs") {
            text.insert_str(0, &note);
        }
    }
}

/// Builder calls that configure every declared scheme with a placeholder
/// credential, for the conformance tests (the mock checks that credentials
/// are present, not what they are).
fn conformance_credentials(auth: &[crate::model::client_options::AuthOption]) -> Vec<TokenStream> {
    use crate::model::security::SchemeKind;
    auth.iter()
        .map(|o| {
            let method = types::ident(&o.option);
            match o.scheme.kind {
                SchemeKind::Bearer | SchemeKind::ApiKey { .. } | SchemeKind::AccessToken { .. } => {
                    quote!(.#method("conformance-secret"))
                }
                SchemeKind::Basic => quote!(.#method("conformance-user", "conformance-password")),
                SchemeKind::ClientCredentials { .. } => {
                    quote!(.#method("conformance-client", "conformance-secret"))
                }
            }
        })
        .collect()
}
