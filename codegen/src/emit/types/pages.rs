//! Auto-pagination: the `Page` impl of a list operation's answer (its items
//! and the cursor of the next page).

use proc_macro2::TokenStream;
use quote::quote;

use super::{ident, optionality, type_tokens};
use crate::model::operations::Cursor;
use crate::model::{TypeId, TypeKind, TypeSpace};

/// The `Page` impl of the answer `id` of a list operation.
pub(super) fn page_impl(
    space: &TypeSpace,
    page: TypeId,
    p: &crate::model::operations::Pagination,
) -> TokenStream {
    let TypeKind::Struct(s) = &space[page].kind else {
        return TokenStream::new();
    };
    let name = ident(&space[page].name);
    let item = type_tokens(space, &p.item, false);
    let field = |wire: &str| s.fields.iter().find(|f| f.wire == wire);
    let Some(data) = field("data") else {
        return TokenStream::new();
    };
    let data_name = ident(&data.name);
    let data_optional = optionality(space, data).0;
    let items = if data_optional {
        quote!(self.#data_name.unwrap_or_default())
    } else {
        quote!(self.#data_name)
    };
    let last = if data_optional {
        quote!(self.#data_name.as_ref().and_then(|items| items.last()))
    } else {
        quote!(self.#data_name.last())
    };
    let has_more_check = field("has_more").map(|h| {
        let h_name = ident(&h.name);
        if p.has_more_optional {
            quote!(if self.#h_name != Some(true) { return None; })
        } else {
            quote!(if !self.#h_name { return None; })
        }
    });
    // The page's string field `wire` as an `Option<String>` (pagination
    // was detected through it, so it is there).
    let string_field = |wire: &str| match field(wire) {
        Some(f) => {
            let fname = ident(&f.name);
            if optionality(space, f).0 {
                quote!(self.#fname.clone())
            } else {
                quote!(Some(self.#fname.clone()))
            }
        }
        None => quote!(None::<String>),
    };
    let next = match &p.cursor {
        Cursor::LastItemId => quote! {
            #has_more_check
            #last.map(|item| ("after", item.id.clone()))
        },
        Cursor::LastId => {
            let value = string_field("last_id");
            quote! {
                #has_more_check
                #value.filter(|id| !id.is_empty()).map(|id| ("after", id))
            }
        }
        Cursor::Next { query, field: wire } => {
            let value = string_field(wire);
            quote! {
                #has_more_check
                #value.filter(|cursor| !cursor.is_empty()).map(|cursor| (#query, cursor))
            }
        }
    };
    quote! {
        impl sdk_runtime_types::pagination::Page for #name {
            type Item = #item;

            #[inline]
            fn next_page(&self) -> Option<(&'static str, String)> {
                #next
            }

            #[inline]
            fn into_items(self) -> Vec<Self::Item> {
                #items
            }
        }
    }
}
