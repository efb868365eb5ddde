//! String enums: one variant per known value (renamed where the name does
//! not give the value) and a catch-all `Other` for the rest; constants
//! (single-value enums) take no room. The `StringEnum` derive writes their
//! impls.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::ident;
use crate::model::names::implied_wire;
use crate::model::types::StringEnum;

/// An enum with its derive.
pub(super) fn enum_items(
    name: &Ident,
    e: &StringEnum,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let constant = e.is_literal();
    let variants = e.variants.iter().enumerate().map(|(i, v)| {
        let vname = ident(&v.name);
        let doc = format!(" `{}`", v.wire);
        let wire = &v.wire;
        let rename = (implied_wire(&v.name) != v.wire).then(|| quote!(#[api(rename = #wire)]));
        let default = (e.default == Some(i)).then(|| quote!(#[default]));
        quote!(#[doc = #doc] #default #rename #vname,)
    });
    let derive_default = e.default.map(|_| quote!(Default,));
    if constant {
        return quote! {
            #docs
            #deprecated
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #derive_default sdk_runtime_types::StringEnum)]
            #[api(constant)]
            pub enum #name {
                #(#variants)*
            }
        };
    }
    quote! {
        #docs
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq, Hash, #derive_default sdk_runtime_types::StringEnum)]
        pub enum #name {
            #(#variants)*
            /// A value this version of the SDK does not know.
            Other(String),
        }
    }
}
