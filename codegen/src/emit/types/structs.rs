//! Structs: the definition with `#[derive(Object)]` and the `#[api]`
//! attributes that tell the derive how each field is read, sent and built
//! (the derive writes the serde impls, constructors and setters); and the
//! `ToForm` impl of multipart bodies.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::super::docs::doc_attrs;
use super::{deprecated_attr, field_type, ident, optionality};
use crate::model::types::{Field, Struct, TypeId, TypeRef, TypeSpace};

/// The name of the field that keeps undeclared properties: `extra`, or
/// `extra_` and so on when a property has that name.
pub fn extra_field(s: &Struct) -> String {
    let mut name = "extra".to_owned();
    while s.fields.iter().any(|f| f.name == name) {
        name.push('_');
    }
    name
}

/// The struct and its derive attributes.
pub(super) fn struct_items(
    space: &TypeSpace,
    id: TypeId,
    s: &Struct,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let def = &space[id];
    let name = ident(&def.name);
    let init = def.facts.init.as_slice();
    // A variant of an untagged union keeps its required fields required
    // and its constants checked; a received struct is `#[non_exhaustive]`.
    let (strict, received) = (def.facts.strict, def.facts.received);
    // A flattened base or typed additional properties: serde's derive
    // reads and writes the struct; ours adds the constructors and setters.
    let serde_derived = s.serde_derived();
    let tags = Some(&def.facts.tags).filter(|tags| !tags.is_empty());
    let mut fields = Vec::new();
    for (i, f) in s.fields.iter().enumerate() {
        let init = init
            .iter()
            .find(|(field, _)| *field == i)
            .and_then(|(_, value)| init_value(space, &f.ty, value));
        let tag = tags.is_some_and(|tags| tags.contains(&f.wire));
        fields.push(field_tokens(space, id, f, tag, serde_derived, init));
    }
    if let Some(extra) = &s.additional {
        let t = super::type_tokens(space, extra, false);
        fields.push(quote! {
            /// Properties beyond the declared ones.
            #[serde(flatten)]
            pub additional_properties: std::collections::BTreeMap<String, #t>,
        });
    } else if !serde_derived {
        let extra = ident(&extra_field(s));
        fields.push(quote! {
            /// Properties beyond the declared ones, received or to send.
            #[api(extra)]
            pub #extra: sdk_runtime_types::Extra,
        });
    }
    let names = |indices: &[usize]| -> Vec<Ident> {
        indices.iter().map(|&i| ident(&s.fields[i].name)).collect()
    };
    let constructors = space.constructors(id);
    let alternatives: Vec<TokenStream> = constructors
        .alternatives
        .iter()
        .map(|set| {
            let names = names(set);
            quote!(#[api(alternative(#(#names),*))])
        })
        .collect();
    let constrained = !alternatives.is_empty();
    let all_optional = space.has_default(&TypeRef::Named(id));
    let derive_default = (all_optional && !constrained).then(|| quote!(Default,));
    let new = constructors.new.as_deref().map(|args| {
        let args = names(args);
        quote!(#[api(new(#(#args),*))])
    });
    let strict_attr = strict.then(|| quote!(#[api(strict)]));
    let serde = serde_derived.then(|| quote!(serde::Serialize, serde::Deserialize,));
    let no_serde = serde_derived.then(|| quote!(#[api(no_serde)]));
    // A value must carry one of the alternatives: it is built only through
    // their constructors, never empty. A received value may gain fields.
    let non_exhaustive = (constrained || received).then(|| quote!(#[non_exhaustive]));
    // A received type without a constructor is built by decoding it.
    let decode_note = (new.is_none() && derive_default.is_none() && !constrained && received)
        .then(|| {
            quote! {
                #[doc = ""]
                #[doc = " Its values come from the API: to make one (in a test), decode it from JSON."]
            }
        });
    quote! {
        #docs
        #decode_note
        #deprecated
        #[derive(Debug, Clone, PartialEq, #derive_default #serde sdk_runtime_types::Object)]
        #no_serde
        #new
        #(#alternatives)*
        #strict_attr
        #non_exhaustive
        pub struct #name {
            #(#fields)*
        }
    }
}

/// One field with its docs and attributes.
fn field_tokens(
    space: &TypeSpace,
    id: TypeId,
    f: &Field,
    tag: bool,
    serde_derived: bool,
    init: Option<TokenStream>,
) -> TokenStream {
    let fname = ident(&f.name);
    let ty = field_type(space, f);
    let docs = doc_attrs(f.docs.as_deref());
    let deprecated = deprecated_attr(f.deprecated.as_deref());
    // A field of a deprecated type says so where it is used.
    let deprecated = if space.mentions_deprecated(&f.ty) {
        quote!(#deprecated #[allow(deprecated)])
    } else {
        deprecated
    };
    let (is_option, _) = optionality(space, f);
    let wire = &f.wire;
    let renamed = f.name.trim_start_matches("r#") != f.wire && !f.flatten;
    if serde_derived {
        let rename = renamed.then(|| quote!(rename = #wire,));
        let skip =
            (!f.required && is_option).then(|| quote!(skip_serializing_if = "Option::is_none",));
        let flatten = f.flatten.then(|| quote!(flatten,));
        let attrs = (rename.is_some() || skip.is_some() || flatten.is_some())
            .then(|| quote!(#[serde(#rename #skip #flatten)]));
        return quote! { #docs #deprecated #attrs pub #fname: #ty, };
    }
    let mut flags: Vec<TokenStream> = Vec::new();
    if renamed {
        flags.push(quote!(rename = #wire));
    }
    let decided = space.wire(id, f);
    if decided.constant {
        flags.push(quote!(constant));
    }
    if decided.default_when_missing {
        flags.push(quote!(default));
    }
    if decided.null_when_unset {
        flags.push(quote!(nullable));
    }
    if decided.optional_alias {
        flags.push(quote!(optional));
    }

    // The tag of a tagged union this struct is a variant of.
    if tag {
        flags.push(quote!(tag));
    }
    if let Some(init) = init {
        flags.push(quote!(init = #init));
    }

    let attrs = (!flags.is_empty()).then(|| quote!(#[api(#(#flags),*)]));
    quote! { #docs #deprecated #attrs pub #fname: #ty, }
}

/// An initial value as Rust (the model checked that it fits the type).
fn init_value(space: &TypeSpace, ty: &TypeRef, value: &serde_json::Value) -> Option<TokenStream> {
    use serde_json::Value;
    match (space.resolve(ty), value) {
        (TypeRef::Nullable(inner), _) => init_value(space, inner, value),
        (TypeRef::Named(id), Value::String(s)) => {
            let crate::model::TypeKind::Enum(e) = &space[*id].kind else {
                return None;
            };
            let variant = e.variants.iter().find(|v| v.wire == *s)?;
            let (ty, variant) = (ident(&space[*id].name), ident(&variant.name));
            Some(quote!(#ty::#variant))
        }
        (_, Value::String(s)) => Some(quote!(#s)),
        (_, Value::Bool(b)) => Some(quote!(#b)),
        (_, Value::Number(n)) => n.to_string().parse().ok(),
        _ => None,
    }
}

/// `ToForm`: a multipart body's fields as form parts, then its extra
/// properties.
pub(super) fn to_form(space: &TypeSpace, name: &Ident, s: &Struct) -> TokenStream {
    let mut stmts = Vec::new();
    for f in &s.fields {
        let fname = ident(&f.name);
        let wire = &f.wire;
        let array_wire = format!("{wire}[]");
        let (is_option, _) = optionality(space, f);
        let stmt = match (space.resolve(&f.ty), is_option) {
            (TypeRef::Binary, false) => quote!(form.file(#wire, &self.#fname);),
            (TypeRef::Binary, true) => quote! {
                if let Some(file) = &self.#fname {
                    form.file(#wire, file);
                }
            },
            (TypeRef::Array(inner), opt) if matches!(space.resolve(inner), TypeRef::Binary) => {
                let files = if opt {
                    quote!(self.#fname.iter().flatten())
                } else {
                    quote!(&self.#fname)
                };
                quote! {
                    for file in #files {
                        form.file(#array_wire, file);
                    }
                }
            }
            _ => quote!(form.field(#wire, &self.#fname);),
        };
        stmts.push(stmt);
    }
    let extra = (s.additional.is_none() && !s.fields.iter().any(|f| f.flatten)).then(|| {
        let extra = ident(&extra_field(s));
        quote! {
            for (name, value) in self.#extra.iter() {
                form.field(name, value);
            }
        }
    });
    quote! {
        impl sdk_runtime_types::multipart::ToForm for #name {
            #[inline]
            fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
                #(#stmts)*
                #extra
            }
        }
    }
}
