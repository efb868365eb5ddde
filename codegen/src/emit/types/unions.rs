//! Unions: tagged ones decoded by their tag with a catch-all `Unknown`
//! keeping the JSON, untagged ones tried in order. The `Union` derive
//! writes their serde impls and `From` conversions.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{ident, type_tokens};
use crate::model::types::{TypeKind, TypeRef, TypeSpace, Union};

/// A tagged or untagged union with its derive.
pub(super) fn union_items(
    space: &TypeSpace,
    name: &Ident,
    u: &Union,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let has_any = u.variants.iter().any(|v| v.ty == TypeRef::Any);
    let fallback = ident(&u.fallback);
    // A union with exactly one string-like variant (other than `String`
    // itself, which converts from `&str` anyway) accepts strings directly.
    let string_like: Vec<&str> = u
        .variants
        .iter()
        .filter(|v| match space.resolve(&v.ty) {
            TypeRef::String => true,
            TypeRef::Named(id) => {
                matches!(&space[*id].kind, TypeKind::Enum(e) if !e.is_literal())
            }
            _ => false,
        })
        .map(|v| v.name.as_str())
        .collect();
    let from_str = match string_like.as_slice() {
        [only] => u
            .variants
            .iter()
            .find(|v| v.name == *only && v.ty != TypeRef::String && !v.boxed)
            .map(|v| v.name.as_str()),
        _ => None,
    };
    let variants = u.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let ty = type_tokens(space, &v.ty, v.boxed);
        let doc = (!v.tags.is_empty()).then(|| {
            let doc = format!(" `{}`", v.tags.join("`, `"));
            quote!(#[doc = #doc])
        });
        let tags = &v.tags;
        // An `Object` decodes from the rest of the input with the tag the
        // union read handed over.
        let object = space.object_payload(&v.ty).map(|_| quote!(, object));
        let tag_attr =
            (u.tag.is_some() && !tags.is_empty()).then(|| quote!(#[api(#(tag = #tags),* #object)]));
        let from_attr = (from_str == Some(v.name.as_str())).then(|| quote!(#[api(from_str)]));
        let allow = space
            .mentions_deprecated(&v.ty)
            .then(|| quote!(#[allow(deprecated)]));
        quote!(#doc #tag_attr #from_attr #allow #vname(#ty),)
    });
    let fallback_variant = (!has_any).then(|| {
        quote! {
            /// A value this version of the SDK does not recognize, kept as JSON.
            #[api(other)]
            #fallback(serde_json::Value),
        }
    });
    let tag = u.tag.as_ref().map(|tag| {
        let doc = format!(" Told apart by the `{tag}` property.");
        let gap = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
        (quote!(#gap #[doc = #doc]), quote!(#[api(tag = #tag)]))
    });
    let (tag_doc, tag_attr) = tag.unzip();
    quote! {
        #docs
        #tag_doc
        #deprecated
        #[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
        #tag_attr
        pub enum #name {
            #(#variants)*
            #fallback_variant
        }
    }
}
