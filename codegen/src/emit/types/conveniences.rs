//! The conveniences the model decided ([`crate::model::conveniences`]),
//! printed: shorthand constructors and `From` impls next to their union,
//! and the `From` impls of `[[types.convert]]`. Every function printed
//! here is `#[inline]`: a library's other non-generic functions are all
//! compiled when the library is built, these only in the crate that calls
//! them, when it calls them.

use proc_macro2::TokenStream;
use quote::quote;

use super::structs::extra_field;
use super::{field_type, ident, type_tokens};
use crate::model::conversions::{Body, CatchAll, Conversion, FieldValue, Map, Place, ValueMap};
use crate::model::types::Shorthand;
use crate::model::types::{Field, Struct, Union};
use crate::model::{Model, TypeId, TypeKind, TypeRef, TypeSpace};

/// The parameter type of a constructor argument, as the `Object` derive
/// writes it: `impl Into<T>` of the field's type without its `Option` or
/// `Box`, and any iterable of `impl Into<Item>` for a list.
fn parameter(space: &TypeSpace, f: &Field) -> TokenStream {
    let storage = space.storage(f);
    // Nullable through an alias: the alias itself is the `Option`.
    if storage.optional && !storage.wrapped && !matches!(f.ty, TypeRef::Nullable(_)) {
        let ty = field_type(space, f);
        return quote!(impl Into<#ty>);
    }
    let inner = match &f.ty {
        TypeRef::Nullable(inner) => inner.as_ref(),
        other => other,
    };
    if let TypeRef::Array(item) = inner {
        let item = type_tokens(space, item, false);
        return quote!(impl IntoIterator<Item = impl Into<#item>>);
    }
    let ty = type_tokens(space, inner, false);
    quote!(impl Into<#ty>)
}

/// `Box::new(value)` when `boxed`.
fn boxed(value: TokenStream, boxed: bool) -> TokenStream {
    if boxed {
        quote!(Box::new(#value))
    } else {
        value
    }
}

fn union_of(space: &TypeSpace, id: TypeId) -> &Union {
    match &space[id].kind {
        TypeKind::Union(u) => u,
        _ => unreachable!("the model plans conveniences of unions only"),
    }
}

/// `Self::A(Inner::B(value))` along `route`, from union `id`.
fn along(space: &TypeSpace, id: TypeId, route: &[usize], value: TokenStream) -> TokenStream {
    let mut unions = vec![id];
    for (depth, &i) in route.iter().enumerate().take(route.len().saturating_sub(1)) {
        let v = &union_of(space, unions[depth]).variants[i];
        match space.resolve(&v.ty) {
            TypeRef::Named(inner) => unions.push(*inner),
            _ => unreachable!("a route goes through unions"),
        }
    }
    let mut out = value;
    for (depth, &i) in route.iter().enumerate().rev() {
        let v = &union_of(space, unions[depth]).variants[i];
        let name = ident(&v.name);
        let wrapped = boxed(out, v.boxed);
        out = if depth == 0 {
            quote!(Self::#name(#wrapped))
        } else {
            let union = ident(&space[unions[depth]].name);
            quote!(#union::#name(#wrapped))
        };
    }
    out
}

/// The shorthand constructors, nested `From`s and string conversion of
/// union `id`.
pub(super) fn union_conveniences(model: &Model, id: TypeId) -> TokenStream {
    let space = &model.types;
    let facts = &space[id].facts;
    let name = ident(&space[id].name);
    let mut out = TokenStream::new();
    if !facts.shorthands.is_empty() {
        let methods = facts.shorthands.iter().map(|s| shorthand(space, id, s));
        out.extend(quote! {
            #[allow(deprecated)]
            impl #name {
                #(#methods)*
            }
        });
    }
    for nested in &facts.nested_from {
        let payload = ident(&space[nested.payload].name);
        let value = along(space, id, &nested.route, quote!(value));
        out.extend(quote! {
            #[allow(deprecated)]
            impl From<#payload> for #name {
                #[inline]
                fn from(value: #payload) -> Self {
                    #value
                }
            }
        });
    }
    if let Some(variant) = facts.from_str {
        let u = union_of(space, id);
        let TypeRef::Named(payload) = space.resolve(&u.variants[variant].ty) else {
            unreachable!("checked by the model")
        };
        let payload = ident(&space[*payload].name);
        let value = along(space, id, &[variant], quote!(#payload::new(value)));
        out.extend(quote! {
            #[allow(deprecated)]
            impl From<&str> for #name {
                #[inline]
                fn from(value: &str) -> Self {
                    #value
                }
            }
            #[allow(deprecated)]
            impl From<String> for #name {
                #[inline]
                fn from(value: String) -> Self {
                    #value
                }
            }
        });
    }
    out
}

fn shorthand(space: &TypeSpace, id: TypeId, s: &Shorthand) -> TokenStream {
    let TypeKind::Struct(payload) = &space[s.payload].kind else {
        unreachable!("shorthands build structs")
    };
    let payload_name = &space[s.payload].name;
    let payload_ident = ident(payload_name);
    let method = ident(&s.method);
    let params = s.args.iter().map(|&a| {
        let f = &payload.fields[a];
        let (name, ty) = (ident(&f.name), parameter(space, f));
        quote!(#name: #ty)
    });
    let args = s.args.iter().map(|&a| ident(&payload.fields[a].name));
    let value = along(space, id, &s.route, quote!(#payload_ident::new(#(#args),*)));
    let doc = format!(
        " `{}`: a [`{payload_name}`] made with [`{payload_name}::new`].",
        s.tag
    );
    let deprecated = super::deprecated_attr(space.deprecation(s.payload));
    quote! {
        #[doc = #doc]
        #deprecated
        #[inline]
        pub fn #method(#(#params),*) -> Self {
            #value
        }
    }
}

/// `impl From<from> for to`, as the model planned it. The `from` is
/// `#[inline]`, so that it is compiled in the crate that calls it: a
/// conversion between unions reaches the serializer of every member it
/// keeps as JSON, which a program that never converts should not compile.
pub fn conversion_impl(model: &Model, c: &Conversion) -> TokenStream {
    let space = &model.types;
    let (from, to) = (ident(&space[c.from].name), ident(&space[c.to].name));
    let (from_name, to_name) = (&space[c.from].name, &space[c.to].name);
    let doc = match &c.body {
        Body::Fields(_) => format!(
            " The `{from_name}` as a `{to_name}` to send back: the fields of the same name, the others unset."
        ),
        Body::Variants(..) => format!(
            " Each `{from_name}` as the `{to_name}` to send back (what has no place in it is kept as JSON)."
        ),
        Body::Wrap { variant, .. } => format!(
            " The `{from_name}` as a `{to_name}` to send back (its `{}` variant).",
            union_of(space, c.to).variants[*variant].name
        ),
    };
    let body = match &c.body {
        Body::Fields(fields) => {
            let (TypeKind::Struct(a), TypeKind::Struct(b)) =
                (&space[c.from].kind, &space[c.to].kind)
            else {
                unreachable!("field maps are between structs")
            };
            struct_body(a, b, fields)
        }
        Body::Variants(places, catch_all) => variants_body(
            space,
            (c.from, union_of(space, c.from)),
            (c.to, union_of(space, c.to)),
            places,
            *catch_all,
        ),
        Body::Wrap { variant, converted } => {
            let value = if *converted {
                quote!(Into::into(value))
            } else {
                quote!(value)
            };
            along(space, c.to, &[*variant], value)
        }
    };

    quote! {
        #[doc = #doc]
        #[allow(deprecated)]
        impl From<#from> for #to {
            #[inline]
            fn from(value: #from) -> Self {
                #body
            }
        }
    }
}

fn struct_body(a: &Struct, b: &Struct, fields: &[(usize, FieldValue)]) -> TokenStream {
    let mut inits = Vec::new();
    for (ti, value) in fields {
        let target = ident(&b.fields[*ti].name);
        let init = match value {
            FieldValue::From(si, map) => {
                let source = ident(&a.fields[*si].name);
                mapped(quote!(value.#source), map)
            }
            FieldValue::Default | FieldValue::Extra => quote!(Default::default()),
        };
        inits.push(quote!(#target: #init,));
    }
    let own_extra = |s: &Struct| s.additional.is_none() && !s.fields.iter().any(|f| f.flatten);
    if b.additional.is_some() {
        inits.push(quote!(additional_properties: Default::default(),));
    } else if own_extra(b) {
        let target = ident(&extra_field(b));
        let value = if own_extra(a) {
            let source = ident(&extra_field(a));
            quote!(value.#source)
        } else {
            quote!(Default::default())
        };
        inits.push(quote!(#target: #value,));
    }
    quote!(Self { #(#inits)* })
}

/// A source field's value as the target field's.
fn mapped(source: TokenStream, map: &Map) -> TokenStream {
    let keep_box = map.from_boxed && map.to_boxed && map.value == ValueMap::Move;
    let inner = |v: TokenStream| {
        let v = if map.from_boxed && !keep_box {
            quote!(*#v)
        } else {
            v
        };
        let v = match map.value {
            ValueMap::Move => v,
            ValueMap::Into => quote!(Into::into(#v)),
            ValueMap::EachInto => {
                quote!(#v.into_iter().map(Into::into).collect())
            }
        };
        boxed(v, map.to_boxed && !keep_box)
    };
    let plain = !map.from_boxed && !map.to_boxed;
    match (map.from_optional, map.to_optional) {
        (true, true) if plain && map.value == ValueMap::Move => source,
        (true, true) if plain && map.value == ValueMap::Into => quote!(#source.map(Into::into)),
        (false, false) => inner(source),
        (false, true) => {
            let v = inner(source);
            quote!(Some(#v))
        }
        (true, true) => {
            let v = inner(quote!(v));
            quote!(#source.map(|v| #v))
        }
        (true, false) => {
            let v = inner(quote!(v));
            quote!(#source.map(|v| #v).unwrap_or_default())
        }
    }
}

/// The variant that keeps what a union does not recognize.
fn catch_all(u: &Union) -> proc_macro2::Ident {
    match u.variants.iter().find(|v| v.ty == TypeRef::Any) {
        Some(v) => ident(&v.name),
        None => ident(&u.fallback),
    }
}

fn variants_body(
    space: &TypeSpace,
    (from, a): (TypeId, &Union),
    (to, b): (TypeId, &Union),
    places: &[(usize, Place)],
    kept: CatchAll,
) -> TokenStream {
    let source = ident(&space[from].name);
    let mut arms = Vec::new();
    for (si, place) in places {
        let sv = &a.variants[*si];
        let variant = ident(&sv.name);
        let payload = if sv.boxed { quote!(*x) } else { quote!(x) };
        let value = match place {
            Place::Variant(ti) => along(space, to, &[*ti], payload),
            Place::Nested(ti, ni) => along(space, to, &[*ti, *ni], payload),
            Place::CatchAll => {
                let fallback = catch_all(b);
                quote!(Self::#fallback(serde_json::to_value(x).unwrap_or_default()))
            }
        };
        arms.push(quote!(#source::#variant(x) => #value,));
    }
    if kept == CatchAll::Kept {
        let (theirs, ours) = (ident(&a.fallback), catch_all(b));
        arms.push(quote!(#source::#theirs(x) => Self::#ours(x),));
    }
    quote! {
        match value {
            #(#arms)*
        }
    }
}

/// The `[[types.convert]]` impls, as text, by the type the model
/// anchored each to, each behind the features it needs beyond its
/// anchor's. (As text: token streams cannot cross to the threads that
/// print.)
pub fn conversions_by_anchor(model: &Model) -> std::collections::BTreeMap<TypeId, String> {
    let mut out: std::collections::BTreeMap<TypeId, String> = Default::default();
    for c in &model.conversions {
        let cfg = super::super::cfg_attr(&c.cfg);
        let tokens = conversion_impl(model, c);
        out.entry(c.anchor)
            .or_default()
            .push_str(&quote!(#cfg #tokens).to_string());
    }
    out
}
