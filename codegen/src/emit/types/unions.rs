//! Unions: tagged unions decoded by their tag with a catch-all `Unknown`
//! keeping the JSON, untagged ones tried in order, and `From` conversions.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use std::collections::BTreeSet;

use super::{ident, type_tokens};
use crate::model::types::{TypeKind, TypeRef, TypeSpace, Union};

/// A tagged or untagged union with its serde impls and conversions.
pub(super) fn union_items(
    space: &TypeSpace,
    name: &Ident,
    u: &Union,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let has_any = u.variants.iter().any(|v| v.ty == TypeRef::Any);
    let fallback = ident(&u.fallback);
    let mut variants = Vec::new();
    for v in &u.variants {
        let vname = ident(&v.name);
        let ty = type_tokens(space, &v.ty, v.boxed);
        let vdoc = match &v.tags[..] {
            [] => String::new(),
            tags => format!(" `{}`", tags.join("`, `")),
        };
        let vdoc = (!vdoc.is_empty()).then(|| quote!(#[doc = #vdoc]));
        variants.push(quote!(#vdoc #vname(#ty),));
    }
    let fallback_variant = (!has_any).then(|| {
        quote! {
            /// A value this version of the SDK does not recognize, kept as JSON.
            #fallback(serde_json::Value),
        }
    });
    let mut from_impls = TokenStream::new();
    let mut seen = BTreeSet::new();
    for v in &u.variants {
        if !seen.insert(&v.ty) || matches!(v.ty, TypeRef::Any) {
            continue;
        }
        let vname = ident(&v.name);
        let ty = type_tokens(space, &v.ty, false);
        let wrap = if v.boxed {
            quote!(Box::new(value))
        } else {
            quote!(value)
        };
        from_impls.extend(quote! {
            impl From<#ty> for #name {
                fn from(value: #ty) -> Self {
                    Self::#vname(#wrap)
                }
            }
        });
        if v.ty == TypeRef::String {
            from_impls.extend(quote! {
                impl From<&str> for #name {
                    fn from(value: &str) -> Self {
                        Self::#vname(value.to_owned())
                    }
                }
            });
        }
    }
    // A union with exactly one string-like variant accepts strings directly.
    let string_like: Vec<&crate::model::types::UnionVariant> = u
        .variants
        .iter()
        .filter(|v| match space.resolve(&v.ty) {
            TypeRef::String => true,
            TypeRef::Named(id) => {
                matches!(&space.types[*id].kind, TypeKind::Enum(e) if !e.is_literal())
            }
            _ => false,
        })
        .collect();
    if let [only] = string_like.as_slice()
        && only.ty != TypeRef::String
        && !only.boxed
    {
        let vname = ident(&only.name);
        from_impls.extend(quote! {
            impl From<&str> for #name {
                fn from(value: &str) -> Self {
                    Self::#vname(value.into())
                }
            }
        });
    }
    match &u.tag {
        None => quote! {
            #docs
            #deprecated
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
            #[serde(untagged)]
            pub enum #name {
                #(#variants)*
                #fallback_variant
            }
            #from_impls
        },
        Some(tag) => {
            let mut ser_arms = Vec::new();
            let mut de_arms = Vec::new();
            for v in &u.variants {
                let vname = ident(&v.name);
                ser_arms.push(quote!(Self::#vname(value) => value.serialize(serializer),));
                let tags = &v.tags;
                if !tags.is_empty() {
                    de_arms.push(quote! {
                        #( #tags )|* => Deserialize::deserialize(content).map(Self::#vname),
                    });
                }
            }
            ser_arms.push(quote!(Self::#fallback(value) => value.serialize(serializer),));
            let doc = format!(" Told apart by the `{tag}` property.");
            quote! {
                #docs
                #[doc = ""]
                #[doc = #doc]
                #deprecated
                #[derive(Debug, Clone, PartialEq)]
                pub enum #name {
                    #(#variants)*
                    #fallback_variant
                }

                impl Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        match self {
                            #(#ser_arms)*
                        }
                    }
                }

                impl sdk_runtime_types::de::TaggedUnion for #name {
                    const TAG: &'static str = #tag;

                    fn variant<'de, D: serde::Deserializer<'de>>(
                        tag: &str,
                        content: D,
                    ) -> Result<Result<Self, D::Error>, D> {
                        Ok(match tag {
                            #(#de_arms)*
                            _ => return Err(content),
                        })
                    }

                    fn unknown(value: serde_json::Value) -> Self {
                        Self::#fallback(value)
                    }
                }

                impl<'de> Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        sdk_runtime_types::de::tagged(deserializer)
                    }
                }
                #from_impls
            }
        }
    }
}
