//! The decoder `#[derive(Object)]` writes: `Object::from_map`, the slots
//! it fills and `Deserialize`. The loop over the properties is
//! `de::read_slots`, shared by every type; per type the derive writes only
//! the slots (one per field, and the `Extra` for the properties the type
//! does not declare), with a `match` from wire name to field number and one
//! from field number to slot.
//!
//! A type with no required field is its own slots: it starts with every
//! field unset or at its default and is read into in place, so that it
//! needs no other struct and no step that builds it from one. A type with
//! required fields gets a private struct of slots (an `Option` for each
//! field that is not one already) and one `match` that checks the required
//! slots and builds the value. Either way the code per type stays small to
//! compile.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::attrs::TypeAttrs;
use crate::object::Field;

/// The pieces of a type's decoder, one entry per declared field.
#[derive(Default)]
struct Pieces<'a> {
    /// Wire name to field number.
    keys: Vec<TokenStream>,
    /// Field number to slot.
    reads: Vec<TokenStream>,
    /// Tag name to field, for the tag a union hands over.
    tags: Vec<TokenStream>,
    /// The slots before anything is read.
    start: Vec<TokenStream>,
    /// The private struct's fields (a type with required fields only).
    slots: Vec<TokenStream>,
    /// The pattern that takes the filled slots apart.
    pattern: Vec<TokenStream>,
    /// The value built from the filled slots.
    builds: Vec<TokenStream>,
    /// The required fields, by declaration order.
    required: Vec<(&'a Ident, &'a String)>,
    /// What `Slots::extra` gives: the slot of the extra properties, or
    /// `None` for a type that keeps none.
    extra: TokenStream,
}

/// `Object` (with the slots) and `Deserialize` for the type `name`.
pub fn expand(
    name: &Ident,
    attrs: &TypeAttrs,
    fields: &[Field<'_>],
    extra: Option<&Ident>,
) -> TokenStream {
    let de = quote!(::sdk_runtime_types::de);
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let mut pieces = pieces(attrs, fields);
    add_extra_slot(&mut pieces, extra);
    let (slots_impl, body) = match pieces.required.split_last() {
        None => {
            let start = &pieces.start;
            let body = quote! {
                #de::read_slots::<Self, A>(__map, __first, Self { #(#start)* })
            };
            (slots_impl(quote!(#name), &pieces), body)
        }
        Some(((_, last), rest)) => {
            let slots_impl = slots_impl(quote!(__Slots), &pieces);
            (
                TokenStream::new(),
                build_from_slots(&pieces, slots_impl, rest, last),
            )
        }
    };
    let type_name = name.to_string();
    quote! {
        #[doc(hidden)]
        #[allow(deprecated)]
        impl #de::Object for #name {
            const NAME: &'static str = #type_name;

            fn from_map<'de, A: #serde::de::MapAccess<'de>>(
                __map: A,
                __first: ::core::option::Option<(&'static str, &str)>,
            ) -> ::core::result::Result<Self, A::Error> {
                #body
            }
        }

        #slots_impl

        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                #de::object(deserializer)
            }
        }
    }
}

/// What each declared field contributes. A field's slot holds the field's
/// own type when the field is optional (`null` unsets it) or the type is
/// its own slots, else an `Option` of it.
fn pieces<'a>(attrs: &TypeAttrs, fields: &'a [Field<'a>]) -> Pieces<'a> {
    let de = quote!(::sdk_runtime_types::de);
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
    let declared: Vec<&Field<'_>> = fields.iter().filter(|f| !f.attrs.extra).collect();
    // Not optional, no default, and not a constant that a missing value
    // reads as (a strict type requires its constants).
    let is_required =
        |f: &Field<'_>| !f.is_optional() && !f.attrs.default && (!f.attrs.constant || attrs.strict);
    let in_place = !declared.iter().any(|f| is_required(f));
    let mut p = Pieces::default();
    for (n, f) in declared.into_iter().enumerate() {
        let (ident, wire, ty) = (f.ident, &f.wire, f.ty);
        p.keys.push(quote!(#wire => #some(#n),));
        if f.attrs.tag {
            let value = quote!(#de::tag_value(value)?);
            // Only a slot that is an `Option` of the field's type wraps it.
            let value = if in_place && !f.is_optional() {
                value
            } else {
                quote!(#some(#value))
            };
            p.tags.push(quote!(#wire => self.#ident = #value,));
        }
        let read = if f.is_optional() || in_place {
            quote!(read_value)
        } else {
            quote!(read)
        };
        p.reads
            .push(quote!(#n => #de::#read(map, &mut self.#ident),));
        if in_place {
            let start = if f.is_optional() {
                none.clone()
            } else {
                quote!(::core::default::Default::default())
            };
            p.start.push(quote!(#ident: #start,));
            continue;
        }
        p.start.push(quote!(#ident: #none,));
        let local = format_ident!("__f_{}", ident.to_string().trim_start_matches("r#"));
        if f.is_optional() {
            p.slots.push(quote!(#ident: #ty,));
            p.pattern.push(quote!(#ident: #local,));
            p.builds.push(quote!(#ident: #local,));
        } else if !is_required(f) {
            p.slots.push(quote!(#ident: ::core::option::Option<#ty>,));
            p.pattern.push(quote!(#ident: #local,));
            p.builds.push(quote!(#ident: #local.unwrap_or_default(),));
        } else {
            p.slots.push(quote!(#ident: ::core::option::Option<#ty>,));
            p.pattern.push(quote!(#ident: #some(#local),));
            p.builds.push(quote!(#ident: #local,));
            p.required.push((ident, wire));
        }
    }
    p
}

/// Adds the slot of the extra properties, named as the type's field (the
/// slots of a type without one drop them).
fn add_extra_slot(p: &mut Pieces<'_>, extra: Option<&Ident>) {
    let Some(field) = extra else {
        p.extra = quote!(::core::option::Option::None);
        return;
    };
    p.start
        .push(quote!(#field: ::core::default::Default::default(),));
    p.slots.push(quote!(#field: ::sdk_runtime_types::Extra,));
    p.pattern.push(quote!(#field,));
    p.builds.push(quote!(#field,));
    p.extra = quote!(::core::option::Option::Some(&mut self.#field));
}

/// `impl Slots` for `target`: the type itself or its private struct.
fn slots_impl(target: TokenStream, p: &Pieces<'_>) -> TokenStream {
    let de = quote!(::sdk_runtime_types::de);
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let (keys, reads, tags, extra) = (&p.keys, &p.reads, &p.tags, &p.extra);
    let tag = (!tags.is_empty()).then(|| {
        quote! {
            #[inline]
            fn tag(
                &mut self,
                name: &str,
                value: &str,
            ) -> ::core::result::Result<bool, #de::TagError> {
                match name {
                    #(#tags)*
                    _ => return ::core::result::Result::Ok(false),
                }
                ::core::result::Result::Ok(true)
            }
        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(deprecated)]
        impl #de::Slots for #target {
            #[inline]
            fn field(name: &str) -> ::core::option::Option<usize> {
                match name {
                    #(#keys)*
                    _ => ::core::option::Option::None,
                }
            }

            fn read<'de, M: #serde::de::MapAccess<'de>>(
                &mut self,
                field: usize,
                map: &mut M,
            ) -> ::core::result::Result<(), M::Error> {
                match field {
                    #(#reads)*
                    _ => ::core::result::Result::Ok(()),
                }
            }

            #[inline]
            fn extra(&mut self) -> ::core::option::Option<&mut ::sdk_runtime_types::Extra> {
                #extra
            }

            #tag
        }
    }
}

/// The body of `from_map` for a type with required fields: its private
/// struct of slots, filled and then checked (a missing required field is
/// reported by its wire name, the first one by declaration order).
fn build_from_slots(
    p: &Pieces<'_>,
    slots_impl: TokenStream,
    rest: &[(&Ident, &String)],
    last: &String,
) -> TokenStream {
    let de = quote!(::sdk_runtime_types::de);
    let serde = quote!(::sdk_runtime_types::__private::serde);
    let (slots, start, pattern, builds) = (&p.slots, &p.start, &p.pattern, &p.builds);
    let checks = rest
        .iter()
        .map(|(ident, wire)| quote!(if __s.#ident.is_none() { #wire } else));
    quote! {
        struct __Slots { #(#slots)* }
        #slots_impl
        match #de::read_slots::<__Slots, A>(__map, __first, __Slots { #(#start)* }) {
            ::core::result::Result::Ok(__Slots { #(#pattern)* }) => {
                ::core::result::Result::Ok(Self { #(#builds)* })
            }
            ::core::result::Result::Ok(__s) => ::core::result::Result::Err(
                <A::Error as #serde::de::Error>::missing_field(#(#checks)* { #last }),
            ),
            ::core::result::Result::Err(__error) => ::core::result::Result::Err(__error),
        }
    }
}
