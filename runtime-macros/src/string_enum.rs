//! `#[derive(StringEnum)]`: the wire value of each unit variant, the
//! catch-all tuple variant for values this version does not know, and the
//! conversions and serde impls around them. With `#[api(constant)]`, the
//! enum is a constant: one unit variant, no catch-all, no room taken; it
//! decodes only its value (a struct read leniently keeps another one in
//! its `extra`).

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attrs::{TypeAttrs, VariantAttrs};
use crate::wire;

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let syn::Data::Enum(data) = &input.data else {
        return Err(syn::Error::new_spanned(input, "`StringEnum` is for enums"));
    };
    let attrs = TypeAttrs::parse(&input.attrs)?;
    let name = &input.ident;
    let mut known = Vec::new();
    let mut other = None;
    let mut has_default = false;
    for v in &data.variants {
        has_default |= v.attrs.iter().any(|a| a.path().is_ident("default"));
        match &v.fields {
            syn::Fields::Unit => {
                let va = VariantAttrs::parse(&v.attrs)?;
                let wire = va
                    .rename
                    .unwrap_or_else(|| wire::implied(&v.ident.to_string()));
                known.push((&v.ident, wire));
            }
            syn::Fields::Unnamed(f) if f.unnamed.len() == 1 && other.is_none() => {
                other = Some(&v.ident);
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    v,
                    "`StringEnum` variants are unit variants and one catch-all `Other(String)`",
                ));
            }
        }
    }
    if attrs.constant {
        return constant(input, &known, other.is_some());
    }
    let Some(other) = other else {
        return Err(syn::Error::new_spanned(
            input,
            "`StringEnum` needs a catch-all variant `Other(String)`",
        ));
    };
    let variants: Vec<_> = known.iter().map(|(v, _)| *v).collect();
    let wires: Vec<&str> = known.iter().map(|(_, w)| w.as_str()).collect();
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let de = quote!(::sdk_runtime_types::de);
    let default = (!has_default).then(|| {
        quote! {
            /// The empty unknown value (what a missing field decodes as).
            #[allow(deprecated)]
            impl ::core::default::Default for #name {
                #[inline]
                fn default() -> Self {
                    Self::#other(::std::string::String::new())
                }
            }
        }
    });
    Ok(quote! {
        #[allow(deprecated)]
        impl #name {
            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::#other(value) => value,
                }
            }

            #[inline]
            fn from_wire(value: &str) -> Self {
                match value {
                    #( #wires => Self::#variants, )*
                    other => Self::#other(other.to_owned()),
                }
            }
        }

        #[allow(deprecated)]
        impl ::core::convert::From<&str> for #name {
            #[inline]
            fn from(value: &str) -> Self {
                Self::from_wire(value)
            }
        }

        #[allow(deprecated)]
        impl ::core::convert::From<::std::string::String> for #name {
            #[inline]
            fn from(value: ::std::string::String) -> Self {
                Self::from_wire(&value)
            }
        }

        #[allow(deprecated)]
        impl ::core::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[allow(deprecated)]
        impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #de::string_enum(deserializer, Self::from_wire)
            }
        }

                #default
    })
}

/// A constant: its value, `Display`, serde impls and [`Constant`] impl.
fn constant(
    input: &DeriveInput,
    known: &[(&syn::Ident, String)],
    has_other: bool,
) -> syn::Result<TokenStream> {
    let ([(variant, value)], false) = (known, has_other) else {
        return Err(syn::Error::new_spanned(
            input,
            "a constant has exactly one unit variant and no catch-all",
        ));
    };
    let name = &input.ident;
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let de = quote!(::sdk_runtime_types::de);
    let decode = crate::map_ok(
        quote!(#de::constant(deserializer, #value)),
        quote!(()),
        quote!(Self::#variant),
    );
    Ok(quote! {
        #[allow(deprecated)]
        impl #name {
            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &'static str {
                #value
            }
        }

        #[allow(deprecated)]
        impl ::core::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#value)
            }
        }

        #[allow(deprecated)]
        impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(#value)
            }
        }

        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #decode
            }
        }



        #[allow(deprecated)]
        impl #de::Constant for #name {
            const VALUE: &'static str = #value;
        }
    })
}
