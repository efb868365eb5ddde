//! Stage 3: the model to files. Code is built with `quote`, formatted with
//! `prettyplease`; the crate's manifest and README come from small templates.
//! The result is an ordered map of relative path to contents, so writing,
//! checking and testing all see the same bytes.

pub mod crate_files;
pub mod docs;
pub mod resources;
pub mod types;

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

use crate::error::Error;
use crate::model::operations::BodyKind;
use crate::model::{Model, TypeId};
use crate::settings::Settings;

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

/// The module of the types a set of features needs.
fn module_of(features: &BTreeSet<String>) -> String {
    match features.len() {
        1 => features.iter().next().map(|f| f.replace('-', "_")).unwrap_or_default(),
        _ => "shared".to_owned(),
    }
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
    let mut attrs = syn::Attribute::parse_outer
        .parse2(tokens)
        .ok()?;
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

/// Generates every file of the crate.
pub fn generate(model: &Model, settings: &Settings) -> Result<Files, Error> {
    let mut files = Files::new();
    let space = &model.types;

    // Types that multipart bodies use get a `ToForm` impl.
    let multipart: BTreeSet<TypeId> = model
        .operations
        .iter()
        .filter_map(|op| op.body.as_ref())
        .filter(|b| b.kind == BodyKind::Multipart)
        .filter_map(|b| space.as_struct(&b.ty).map(|(id, _)| id))
        .collect();

    let mut modules: BTreeMap<String, Vec<syn::Item>> = BTreeMap::new();
    for id in 0..space.types.len() {
        let features = &model.type_features[id];
        let module = module_of(features);
        let tokens = types::type_items(model, id, &multipart);
        let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Spec {
            pointer: space.types[id].pointer.clone(),
            message: format!("internal error: generated type does not parse: {e}"),
        })?;
        let cfg = (features.len() > 1).then(|| cfg_attr(features)).flatten();
        let items = modules.entry(module).or_default();
        for mut item in file.items {
            if let Some(attr) = &cfg {
                add_attr(&mut item, attr.clone());
            }
            items.push(item);
        }
    }
    let feature_of_module: BTreeMap<String, String> = model
        .features
        .iter()
        .map(|f| (f.replace('-', "_"), f.clone()))
        .collect();
    let mut mod_decls = TokenStream::new();
    for (module, items) in &mut modules {
        let header = match feature_of_module.get(module) {
            Some(f) => format!(" Types used only by the `{f}` feature."),
            None => " Types used by several features, or free-standing in the spec.".to_owned(),
        };
        let body = quote! {
            #![doc = #header]
            #[allow(unused_imports)]
            use super::*;
            use serde::{Deserialize, Serialize};
        };
        let mut file: syn::File = syn::parse2(body).expect("fixed tokens parse");
        file.items.append(items);
        files.insert(format!("src/types/{module}.rs"), prettyplease::unparse(&file));
        let m = types::ident(module);
        let cfg = feature_of_module.get(module).map(|f| quote!(#[cfg(feature = #f)]));
        mod_decls.extend(quote! {
            #cfg
            mod #m;
            #cfg
            pub use #m::*;
        });
    }
    files.insert(
        "src/types/mod.rs".into(),
        format_file(
            quote! {
                //! Every type of the API: request bodies, responses, events and the
                //! values inside them. Split into modules by the feature that needs
                //! them; all are re-exported here.
                #mod_decls
            },
            "types/mod.rs",
        )?,
    );

    // Resources.
    let tops = resources::by_top(model);
    let mut res_decls = TokenStream::new();
    for (top, ops) in &tops {
        let feature = &ops[0].feature;
        files.insert(
            format!("src/resources/{top}.rs"),
            format_file(resources::resource_file(model, top, ops), top)?,
        );
        let m = types::ident(top);
        res_decls.extend(quote! {
            #[cfg(feature = #feature)]
            pub mod #m;
        });
    }
    files.insert(
        "src/resources/mod.rs".into(),
        format_file(
            quote! {
                //! Resource handles, one module per top-level resource. Reach them
                //! through [`crate::Client`].
                #res_decls
            },
            "resources/mod.rs",
        )?,
    );

    files.insert("src/client.rs".into(), format_file(crate_files::client(model, settings, &tops), "client.rs")?);
    files.insert("src/lib.rs".into(), format_file(crate_files::lib_rs(model, settings, &tops), "lib.rs")?);
    files.insert("Cargo.toml".into(), crate_files::cargo_toml(model, settings));
    files.insert("README.md".into(), crate_files::readme(model, settings));
    Ok(files)
}
