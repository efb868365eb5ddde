//! Rust items for named types: structs with constructors and setters, open
//! string enums, tagged and untagged unions, aliases, and the pagination and
//! multipart impls that belong next to them.

mod conveniences;
pub use conveniences::conversions_by_anchor;
mod enums;
mod pages;
mod structs;
mod unions;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use crate::model::types::Field;
use crate::model::{Model, TypeId, TypeKind, TypeRef, TypeSpace};

/// An identifier (raw where it must be).
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Tokens for a type reference, boxing named types when `boxed`.
pub fn type_tokens(space: &TypeSpace, ty: &TypeRef, boxed: bool) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(&space[*id].name);
            if boxed {
                quote!(Box<#name>)
            } else {
                quote!(#name)
            }
        }
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::Int(k) | TypeRef::Float(k) => {
            let k = ident(k);
            quote!(#k)
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Object => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Binary => quote!(sdk_runtime_types::multipart::FilePart),
        TypeRef::Array(inner) => {
            let inner = type_tokens(space, inner, false);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(space, inner, false);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(space, inner, boxed);
            quote!(Option<#inner>)
        }
    }
}

/// Whether a field is stored as `Option<_>`, and whether `Option` is added
/// for optionality (rather than coming from the type itself).
fn optionality(space: &TypeSpace, f: &Field) -> (bool, bool) {
    let storage = space.storage(f);
    (storage.optional, storage.wrapped)
}

/// The field's full Rust type.
fn field_type(space: &TypeSpace, f: &Field) -> TokenStream {
    let inner = type_tokens(space, &f.ty, f.boxed);
    let (_, wrapped) = optionality(space, f);
    if wrapped {
        quote!(Option<#inner>)
    } else {
        inner
    }
}

/// All items of one named type.
pub fn type_items(model: &Model, id: TypeId) -> TokenStream {
    let space = &model.types;
    let def = &space[id];
    let docs = doc_attrs(def.docs.as_deref());
    let deprecated = deprecated_attr(space.deprecation(id));
    let name = ident(&def.name);
    let mut items = match &def.kind {
        TypeKind::Struct(s) => structs::struct_items(space, id, s, &docs, &deprecated),
        TypeKind::Enum(e) => enums::enum_items(&name, e, &docs, &deprecated),
        TypeKind::Union(u) => {
            let mut items = unions::union_items(space, &name, u, &docs, &deprecated);
            items.extend(conveniences::union_conveniences(model, id));
            items
        }
        TypeKind::Alias(t) => {
            let t = type_tokens(space, t, false);
            quote! { #docs #deprecated pub type #name = #t; }
        }
    };
    if def.facts.multipart
        && let TypeKind::Struct(s) = &def.kind
    {
        items.extend(structs::to_form(space, &name, s));
    }
    for op in &model.operations {
        if let Some(p) = &op.pagination
            && p.page == id
            && model
                .operations
                .iter()
                .find(|o| o.pagination.as_ref().is_some_and(|q| q.page == id))
                .map(|o| &o.id)
                == Some(&op.id)
        {
            let allow = space
                .mentions_deprecated(&p.item)
                .then(|| quote!(#[allow(deprecated)]));
            items.extend(quote!(#allow));
            items.extend(pages::page_impl(space, id, p));
        }
    }
    items
}

/// `#[deprecated(note = "...")]` with the spec's reason, when there is one.
pub fn deprecated_attr(reason: Option<&str>) -> TokenStream {
    match reason {
        Some(note) => quote!(#[deprecated(note = #note)]),
        None => TokenStream::new(),
    }
}

/// Tokens naming a type from outside the types module.
pub fn qualified(space: &TypeSpace, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = format_ident!("{}", space[*id].name);
            quote!(types::#name)
        }
        TypeRef::Array(inner) => {
            let inner = qualified(space, inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = qualified(space, inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = qualified(space, inner);
            quote!(Option<#inner>)
        }
        other => type_tokens(space, other, false),
    }
}
