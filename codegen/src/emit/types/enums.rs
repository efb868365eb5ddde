//! String enums: known values, a catch-all `Other` for the rest when the
//! enum is open, and zero-sized constants for single values.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::ident;
use crate::model::types::StringEnum;

/// An open or closed string enum with its conversions and serde impls.
pub(super) fn enum_items(
    name: &Ident,
    e: &StringEnum,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    if let ([only], true) = (e.variants.as_slice(), e.is_literal()) {
        return literal_items(name, &ident(&only.name), &only.wire, docs, deprecated);
    }
    let variants: Vec<Ident> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let wires: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    let variant_docs: Vec<String> = wires.iter().map(|w| format!(" `{w}`")).collect();
    let derive_default = e.default.map(|_| quote!(Default,));
    // Without a declared default, the default is the empty unknown value
    // (what a missing required field decodes as).
    let manual_default = e.default.is_none().then(|| {
        quote! {
            impl Default for #name {
                fn default() -> Self {
                    Self::Other(String::new())
                }
            }
        }
    });
    let marks: Vec<TokenStream> = (0..variants.len())
        .map(|i| {
            if e.default == Some(i) {
                quote!(#[default])
            } else {
                TokenStream::new()
            }
        })
        .collect();
    quote! {
        #docs
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq, Hash, #derive_default)]
        pub enum #name {
            #( #[doc = #variant_docs] #marks #variants, )*
            /// A value this version of the SDK does not know.
            Other(String),
        }

        impl #name {
            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::Other(value) => value,
                }
            }

            fn from_wire(value: &str) -> Self {
                match value {
                    #( #wires => Self::#variants, )*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from_wire(value)
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                Self::from_wire(&value)
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
            }
        }

        #manual_default
    }
}

/// A single-valued enum is a constant: it decodes only its own value, so
/// that it can tell union variants apart.
pub(super) fn literal_items(
    name: &Ident,
    variant: &Ident,
    wire: &str,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let vdoc = format!(" `{wire}`");
    quote! {
        #docs
        #deprecated
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum #name {
            #[doc = #vdoc]
            #[default]
            #variant,
        }

        impl #name {
            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &'static str {
                #wire
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(#wire)
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                sdk_runtime_types::de::literal(deserializer, #wire).map(|()| Self::#variant)
            }
        }
    }
}
