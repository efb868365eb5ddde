//! Structs: fields with their serde attributes, the compact decoder, the
//! constructor, one constructor per set of required alternatives, setters,
//! and the `ToForm` impl of multipart bodies.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use std::collections::BTreeSet;

use super::super::docs::doc_attrs;
use super::{Marks, field_type, ident, optionality, type_tokens};
use crate::model::types::{Struct, TypeId, TypeRef, TypeSpace};

/// The struct, its decoder, constructors and setters.
pub(super) fn struct_items(
    space: &TypeSpace,
    id: TypeId,
    s: &Struct,
    marks: &Marks,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let name = ident(&space.types[id].name);
    // A variant of an untagged union keeps its required fields required; a
    // received struct is `#[non_exhaustive]`.
    let strict = marks.strict.contains(&id);
    let received = marks.received.contains(&id);
    let mut fields = Vec::new();
    let mut optional_args: Vec<(&str, Ident, TokenStream)> = Vec::new();
    let mut ctor_args = Vec::new();
    let mut ctor_inits = Vec::new();
    let mut setters = Vec::new();
    let all_optional = space.has_default(&TypeRef::Named(id));
    // Decoding goes through the runtime's compact `Object` visitor unless a
    // property is flattened (those keep serde's derive).
    let compact_de = s.additional.is_none() && !s.fields.iter().any(|f| f.flatten);
    let taken: BTreeSet<&str> = s.fields.iter().map(|f| f.name.as_str()).collect();
    let unused = |base: &str| {
        let mut name = base.to_owned();
        while taken.contains(name.as_str()) {
            name.push('_');
        }
        ident(&name)
    };
    let (map_var, field_var, read_var) = (unused("map"), unused("field"), unused("read"));
    let (mut de_keys, mut de_locals, mut de_reads, mut de_builds) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for f in &s.fields {
        let fname = ident(&f.name);
        let wire = &f.wire;
        let ty = field_type(space, f);
        let mut fdocs = doc_attrs(f.docs.as_deref());
        if f.deprecated {
            fdocs.extend(quote!(#[doc = ""] #[doc = " **Deprecated** by the API."]));
        }
        let rename = (f.name != f.wire && !f.flatten).then(|| quote!(rename = #wire,));
        let flatten = f.flatten.then(|| quote!(flatten,));
        let (is_option, wrapped) = optionality(space, f);
        // Optional fields are omitted when unset; required nullable ones are
        // sent as `null`.
        let skip =
            (!f.required && is_option).then(|| quote!(skip_serializing_if = "Option::is_none",));
        // Servers (and the spec's own examples) sometimes omit a required
        // field: decode it as its default when it has a natural one.
        let lenient = (!strict
            && f.required
            && !is_option
            && !f.flatten
            && !f.boxed
            && !space.is_constant(&f.ty)
            && space.has_default(&f.ty))
        .then(|| quote!(default,));
        // Structs decoded by the generated `Object` impl handle defaults
        // there; serde's attribute is only for the derived fallback.
        let lenient_attr = if compact_de { None } else { lenient.clone() };
        let attrs =
            if rename.is_some() || skip.is_some() || flatten.is_some() || lenient_attr.is_some() {
                quote!(#[serde(#rename #skip #flatten #lenient_attr)])
            } else {
                TokenStream::new()
            };
        fields.push(quote! { #fdocs #attrs pub #fname: #ty, });
        let index = proc_macro2::Literal::usize_unsuffixed(de_keys.len());
        de_keys.push(quote!(#wire => #index,));
        if is_option {
            de_locals.push(quote!(let mut #fname: #ty = None;));
            de_reads.push(
                quote!(#index => sdk_runtime_types::de::nullable(&mut #map_var, &mut #fname),),
            );
            de_builds.push(quote!(#fname,));
        } else {
            de_locals.push(quote!(let mut #fname: Option<#ty> = None;));
            de_reads
                .push(quote!(#index => sdk_runtime_types::de::value(&mut #map_var, &mut #fname),));
            de_builds.push(if lenient.is_some() {
                quote!(#fname: #fname.unwrap_or_default(),)
            } else {
                quote!(#fname: sdk_runtime_types::de::required::<_, A::Error>(#fname, #wire)?,)
            });
        }

        let inner = type_tokens(space, &f.ty, false);
        if is_option {
            let boxed = |v: TokenStream| if f.boxed { quote!(Box::new(#v)) } else { v };
            let (value_ty, stored, init) = match (&f.ty, wrapped) {
                (_, true) => (inner.clone(), boxed(quote!(value.into())), quote!(None)),
                (TypeRef::Nullable(x), false) => (
                    type_tokens(space, x, false),
                    boxed(quote!(value.into())),
                    quote!(None),
                ),
                // Nullable through an alias: the alias is itself an `Option`.
                _ => (
                    inner.clone(),
                    boxed(quote!(value.into())),
                    boxed(quote!(None)),
                ),
            };
            let stored = if wrapped || matches!(f.ty, TypeRef::Nullable(_)) {
                quote!(Some(#stored))
            } else {
                stored
            };
            ctor_inits.push(quote!(#fname: #init,));
            optional_args.push((f.wire.as_str(), fname.clone(), value_ty.clone()));
            let doc = format!(" Sets `{}`.", f.wire);
            setters.push(quote! {
                #[doc = #doc]
                pub fn #fname(mut self, value: impl Into<#value_ty>) -> Self {
                    self.#fname = #stored;
                    self
                }
            });
        } else if space.is_constant(&f.ty) {
            ctor_inits.push(quote!(#fname: Default::default(),));
        } else {
            ctor_args.push(quote!(#fname: impl Into<#inner>));
            if f.boxed {
                ctor_inits.push(quote!(#fname: Box::new(#fname.into()),));
            } else {
                ctor_inits.push(quote!(#fname: #fname.into(),));
            }
        }
    }
    if let Some(extra) = &s.additional {
        let t = type_tokens(space, extra, false);
        fields.push(quote! {
            /// Properties beyond the declared ones.
            #[serde(flatten)]
            pub additional_properties: std::collections::BTreeMap<String, #t>,
        });
        ctor_inits.push(quote!(additional_properties: Default::default(),));
    }
    let alternatives = alternative_constructors(s, &ctor_args, &ctor_inits, &optional_args);
    // Alternatives whose properties are not all optional fields give no
    // constructor; with none left the type is built as any other.
    let constrained = !alternatives.is_empty();
    let derive_default = (all_optional && !constrained).then(|| quote!(Default,));
    // A value must carry one of the alternatives: it is built only through
    // their constructors, never empty. A received value may gain fields.
    let non_exhaustive = (constrained || received).then(|| quote!(#[non_exhaustive]));
    let ctor_doc = if ctor_args.is_empty() {
        " A value with every optional field unset.".to_owned()
    } else {
        " A value with the required fields set and the optional ones unset.".to_owned()
    };
    // Past seven required values a positional constructor hurts more than
    // it helps: such types (mostly responses) are built with a literal.
    let ctor = (ctor_args.len() <= 7 && !constrained).then(|| {
        quote! {
            #[doc = #ctor_doc]
            #[inline]
            pub fn new(#(#ctor_args),*) -> Self {
                Self { #(#ctor_inits)* }
            }
        }
    });
    let type_name = name.to_string();
    let from_map = if de_keys.is_empty() {
        quote! {
            fn from_map<'de, A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
                Ok(Self {})
            }
        }
    } else {
        quote! {
            fn from_map<'de, A: serde::de::MapAccess<'de>>(mut #map_var: A) -> Result<Self, A::Error> {
                #(#de_locals)*
                while let Some(#field_var) = #map_var.next_key_seed(sdk_runtime_types::de::Key(|key: &str| match key {
                    #(#de_keys)*
                    _ => usize::MAX,
                }))? {
                    let #read_var = match #field_var {
                        #(#de_reads)*
                        _ => sdk_runtime_types::de::skip(&mut #map_var),
                    };
                    #read_var?;
                }
                Ok(Self { #(#de_builds)* })
            }
        }
    };
    let (derive_de, de_impl) = if compact_de {
        (
            TokenStream::new(),
            quote! {
                impl sdk_runtime_types::de::Object for #name {
                    const NAME: &'static str = #type_name;

                    #from_map
                }

                impl<'de> Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        sdk_runtime_types::de::object(deserializer)
                    }
                }
            },
        )
    } else {
        (quote!(Deserialize,), TokenStream::new())
    };
    // A received type without a constructor is built by decoding it.
    let decode_note = (ctor.is_none() && derive_default.is_none() && !constrained && received)
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
        #[derive(Debug, Clone, PartialEq, #derive_default Serialize, #derive_de)]
        #non_exhaustive
        pub struct #name {
            #(#fields)*
        }

        #de_impl

        impl #name {
            #ctor
            #(#alternatives)*
            #(#setters)*
        }
    }
}

/// One constructor per `anyOf`/`oneOf` set of required properties
/// (`with_file_ids`, `with_files`): the required fields, then the set's.
fn alternative_constructors(
    s: &Struct,
    ctor_args: &[TokenStream],
    ctor_inits: &[TokenStream],
    optional: &[(&str, Ident, TokenStream)],
) -> Vec<TokenStream> {
    let all: Vec<String> = s
        .alternatives
        .iter()
        .map(|set| format!("`{}`", set.join("` and `")))
        .collect();
    s.alternatives
        .iter()
        .filter_map(|set| {
            let fields: Vec<&(&str, Ident, TokenStream)> = set
                .iter()
                .map(|wire| optional.iter().find(|(w, _, _)| w == wire))
                .collect::<Option<_>>()?;
            let names: Vec<String> = fields.iter().map(|(_, f, _)| f.to_string()).collect();
            let method = ident(&format!("with_{}", names.join("_and_")));
            let args = fields.iter().map(|(_, f, t)| quote!(#f: impl Into<#t>));
            let sets = fields.iter().map(|(_, f, _)| quote!(.#f(#f)));
            let doc = format!(
                " A value with `{}` set: the API needs {}.",
                set.join("` and `"),
                all.join(" or ")
            );
            Some(quote! {
                #[doc = #doc]
                #[inline]
                pub fn #method(#(#ctor_args,)* #(#args),*) -> Self {
                    Self { #(#ctor_inits)* } #(#sets)*
                }
            })
        })
        .collect()
}

/// `ToForm`: a multipart body's fields as form parts.
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
    quote! {
        impl sdk_runtime_types::multipart::ToForm for #name {
            fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
                #(#stmts)*
            }
        }
    }
}
