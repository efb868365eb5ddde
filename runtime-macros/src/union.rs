//! `#[derive(Union)]`: a union's serde impls and `From` conversions. A
//! tagged union (`#[api(tag = "type")]`) decodes the variant its tag names
//! wherever the tag is; an untagged one tries its variants in order. The
//! variant marked `#[api(other)]` keeps, as JSON, what no variant takes.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Ident, Type};

use crate::attrs::{TypeAttrs, VariantAttrs, unwrap};

struct Variant<'a> {
    ident: &'a Ident,
    ty: &'a Type,
    attrs: VariantAttrs,
}

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let syn::Data::Enum(data) = &input.data else {
        return Err(syn::Error::new_spanned(input, "`Union` is for enums"));
    };
    let attrs = TypeAttrs::parse(&input.attrs)?;
    let mut variants = Vec::new();
    for v in &data.variants {
        let syn::Fields::Unnamed(f) = &v.fields else {
            return Err(syn::Error::new_spanned(
                v,
                "`Union` variants hold one value",
            ));
        };
        if f.unnamed.len() != 1 {
            return Err(syn::Error::new_spanned(
                v,
                "`Union` variants hold one value",
            ));
        }
        variants.push(Variant {
            ident: &v.ident,
            ty: &f.unnamed[0].ty,
            attrs: VariantAttrs::parse(&v.attrs)?,
        });
    }
    let name = &input.ident;
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let ser_arms = variants.iter().map(|v| {
        let ident = v.ident;
        quote!(Self::#ident(value) => value.serialize(serializer),)
    });
    let decode = match &attrs.tag {
        Some(tag) => tagged(name, tag, &variants)?,
        None => untagged(name, &variants),
    };
    let conversions = conversions(name, &variants);
    Ok(quote! {
        #[allow(deprecated)]
        impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(#ser_arms)*
                }
            }
        }

        #decode



        #conversions
    })
}

fn tagged(name: &Ident, tag: &str, variants: &[Variant<'_>]) -> syn::Result<TokenStream> {
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let de = quote!(::sdk_runtime_types::de);
    let Some(other) = variants.iter().find(|v| v.attrs.other) else {
        return Err(syn::Error::new_spanned(
            name,
            "a tagged union needs a catch-all variant marked `#[api(other)]`",
        ));
    };
    let other = other.ident;
    let arms = variants
        .iter()
        .filter(|v| !v.attrs.tags.is_empty())
        .map(|v| {
            let (ident, tags) = (v.ident, &v.attrs.tags);
            let boxed = unwrap(v.ty, "Box");
            let (call, value) = match (v.attrs.object, boxed) {
                (true, Some(inner)) => (
                    quote!(<#inner as #de::Object>::from_map(map, first)),
                    quote!(::std::boxed::Box::new(value)),
                ),
                (true, None) => (quote!(#de::Object::from_map(map, first)), quote!(value)),
                (false, _) => (quote!(#de::with_first(map, first)), quote!(value)),
            };
            let decode = crate::map_ok(call, quote!(value), quote!(Self::#ident(#value)));
            quote!(#( #tags )|* => #decode,)
        });
    Ok(quote! {
        #[doc(hidden)]
        #[allow(deprecated)]
        impl #de::TaggedUnion for #name {
            const TAG: &'static str = #tag;

            fn variant<'de, A: #serde::de::MapAccess<'de>>(
                tag: &str,
                map: A,
                first: ::core::option::Option<(&'static str, &str)>,
            ) -> ::core::result::Result<::core::result::Result<Self, A::Error>, A> {
                ::core::result::Result::Ok(match tag {
                    #(#arms)*
                    _ => return ::core::result::Result::Err(map),
                })
            }

            #[inline]
            fn unknown(value: ::sdk_runtime_types::__private::serde_json::Value) -> Self {
                Self::#other(value)
            }
        }

        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #de::tagged(deserializer)
            }
        }
    })
}

fn untagged(name: &Ident, variants: &[Variant<'_>]) -> TokenStream {
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let de = quote!(::sdk_runtime_types::de);
    let attempts = variants.iter().filter(|v| !v.attrs.other).map(|v| {
        let (ident, ty) = (v.ident, v.ty);
        quote! {
            if let ::core::option::Option::Some(value) = #de::untagged::attempt::<#ty>(text) {
                return ::core::option::Option::Some(Self::#ident(value));
            }
        }
    });
    let fallback = match variants.iter().find(|v| v.attrs.other) {
        Some(v) => {
            let ident = v.ident;
            quote!(#de::untagged::value(text).map(Self::#ident))
        }
        None => quote!({
            let _ = text;
            ::core::option::Option::None
        }),
    };
    let type_name = name.to_string();
    quote! {
        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #de::untagged(deserializer, #type_name, |text| {
                    #(#attempts)*
                    #fallback
                })
            }
        }
    }
}

/// `From` each variant's type (once per type; not from JSON values), and
/// from `&str` for a string variant or the one marked `#[api(from_str)]`.
fn conversions(name: &Ident, variants: &[Variant<'_>]) -> TokenStream {
    let mut out = TokenStream::new();
    let mut seen: Vec<String> = Vec::new();
    for v in variants.iter().filter(|v| !v.attrs.other) {
        let (ident, ty) = (v.ident, v.ty);
        let key = quote!(#ty).to_string();
        if key.ends_with(":: Value") || key == "Value" || seen.contains(&key) {
            continue;
        }
        seen.push(key.clone());
        let (from, wrap) = match unwrap(ty, "Box") {
            Some(inner) => (quote!(#inner), quote!(::std::boxed::Box::new(value))),
            None => (quote!(#ty), quote!(value)),
        };
        out.extend(quote! {
            #[allow(deprecated)]
            impl ::core::convert::From<#from> for #name {
                #[inline]
                fn from(value: #from) -> Self {
                    Self::#ident(#wrap)
                }
            }
        });
        if key == "String" || v.attrs.from_str {
            out.extend(quote! {
                #[allow(deprecated)]
                impl ::core::convert::From<&str> for #name {
                    #[inline]
                    fn from(value: &str) -> Self {
                        Self::#ident(value.into())
                    }
                }
            });
        }
    }
    out
}
