//! The config's tuning of single types in the output: a replacement alias
//! instead of the definition, extra derives and attributes on it, and an
//! alias for each name a renamed type had.

use super::docs::doc_attrs;
use super::types::{ident, type_items};
use crate::model::types::Tuning;
use crate::model::{Model, TypeId};
use proc_macro2::TokenStream;
use quote::quote;

/// The items of type `id` with the config's tuning: a replacement alias,
/// or the definition with extra derives and attributes; then an alias for
/// each name the type had before a rename.
pub fn tuned_items(model: &Model, id: TypeId) -> TokenStream {
    let tuning = &model.types[id].facts.tuning;
    if *tuning == Tuning::default() {
        return type_items(model, id);
    }
    let def = &model.types[id];
    let name = ident(&def.name);
    let mut items = match &tuning.replace {
        Some(path) => {
            let docs = doc_attrs(def.docs.as_deref());
            let path: TokenStream = path.parse().unwrap_or_default();
            quote! { #docs pub type #name = #path; }
        }
        None => {
            // Both were checked to parse when the config was read.
            let derives: Vec<TokenStream> = tuning
                .derives
                .iter()
                .filter_map(|d| d.parse().ok())
                .collect();
            let mut extra: Vec<TokenStream> = Vec::new();
            if !derives.is_empty() {
                extra.push(quote!(#[derive(#(#derives),*)]));
            }
            extra.extend(tuning.attributes.iter().filter_map(|a| a.parse().ok()));
            add_to_definition(type_items(model, id), &def.name, extra)
        }
    };
    for old in &tuning.aliases {
        let old = ident(old);
        let doc = format!(" The specification's name for [`{}`].", def.name);
        let deprecated = model.types.deprecation(id).map(|reason| {
            // (The alias names the deprecated type it stands for.)
            quote!(#[deprecated(note = #reason)] #[allow(deprecated)])
        });
        items.extend(quote! {
            #[doc = #doc]
            #deprecated
            pub type #old = #name;
        });
    }
    items
}

/// `items` with the attributes `extra` put on the definition named `name`
/// (the struct or enum, after its own attributes).
fn add_to_definition(items: TokenStream, name: &str, extra: Vec<TokenStream>) -> TokenStream {
    let Ok(mut file) = syn::parse2::<syn::File>(items.clone()) else {
        return items;
    };
    let attrs: Vec<syn::Attribute> = extra
        .into_iter()
        .filter_map(|tokens| {
            syn::parse::Parser::parse2(syn::Attribute::parse_outer, tokens)
                .ok()
                .and_then(|mut a| a.pop())
        })
        .collect();
    for item in &mut file.items {
        let target = match item {
            syn::Item::Struct(s) if s.ident == name => &mut s.attrs,
            syn::Item::Enum(e) if e.ident == name => &mut e.attrs,
            _ => continue,
        };
        // An attribute the definition already has (`#[non_exhaustive]` on a
        // received type) is not repeated.
        for attr in attrs {
            let text = quote!(#attr).to_string();
            if !target.iter().any(|a| quote!(#a).to_string() == text) {
                target.push(attr);
            }
        }
        break;
    }
    quote!(#file)
}
