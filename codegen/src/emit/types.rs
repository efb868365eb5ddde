//! Rust items for named types: structs with constructors and setters, open
//! string enums, tagged and untagged unions, aliases, and the pagination and
//! multipart impls that belong next to them.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

use super::docs::doc_attrs;
use crate::model::operations::Cursor;
use crate::model::types::{Field, StringEnum, Struct, TypeDef, Union};
use crate::model::{Model, TypeId, TypeKind, TypeRef, TypeSpace};

/// An identifier (raw where it must be).
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Tokens for a type reference, boxing named types when `boxed`.
pub fn type_tokens(space: &TypeSpace, ty: &TypeRef, boxed: bool) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(&space.types[*id].name);
            if boxed {
                quote!(Box<#name>)
            } else {
                quote!(#name)
            }
        }
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::Int(k) | TypeRef::Float(k) => {
            let k = ident(k);
            quote!(#k)
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Object => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Binary => quote!(sdk_runtime_types::multipart::FilePart),
        TypeRef::Array(inner) => {
            let inner = type_tokens(space, inner, false);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(space, inner, false);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(space, inner, boxed);
            quote!(Option<#inner>)
        }
    }
}

/// Whether a field is stored as `Option<_>`, and whether `Option` is added
/// for optionality (rather than coming from the type itself).
fn optionality(space: &TypeSpace, f: &Field) -> (bool, bool) {
    let nullable = space.is_nullable(&f.ty) && !matches!(f.ty, TypeRef::Any);
    let wrapped = !f.required && !nullable;
    (
        wrapped || matches!(f.ty, TypeRef::Nullable(_)) || nullable,
        wrapped,
    )
}

/// The field's full Rust type.
fn field_type(space: &TypeSpace, f: &Field) -> TokenStream {
    let inner = type_tokens(space, &f.ty, f.boxed);
    let (_, wrapped) = optionality(space, f);
    if wrapped {
        quote!(Option<#inner>)
    } else {
        inner
    }
}

/// What the emitter knows of types beyond their definitions.
#[derive(Debug, Default)]
pub struct Marks {
    /// Types that multipart bodies use (they get a `ToForm` impl).
    pub multipart: BTreeSet<TypeId>,
    /// Structs that are variants of untagged unions (their required fields
    /// stay required).
    pub strict: BTreeSet<TypeId>,
    /// Types the client receives (their structs are `#[non_exhaustive]`).
    pub received: BTreeSet<TypeId>,
}

/// All items of one named type.
pub fn type_items(model: &Model, id: TypeId, marks: &Marks) -> TokenStream {
    let space = &model.types;
    let def = &space.types[id];
    let docs = doc_attrs(def.docs.as_deref());
    let deprecated = deprecated_note(def);
    let name = ident(&def.name);
    let mut items = match &def.kind {
        TypeKind::Struct(s) => {
            let shape = StructMarks {
                strict: marks.strict.contains(&id),
                received: marks.received.contains(&id),
            };
            struct_items(space, id, s, shape, &docs, &deprecated)
        }
        TypeKind::Enum(e) => enum_items(&name, e, &docs, &deprecated),
        TypeKind::Union(u) => union_items(space, &name, u, &docs, &deprecated),
        TypeKind::Alias(t) => {
            let t = type_tokens(space, t, false);
            quote! { #docs #deprecated pub type #name = #t; }
        }
    };
    if marks.multipart.contains(&id)
        && let TypeKind::Struct(s) = &def.kind
    {
        items.extend(to_form(space, &name, s));
    }
    for op in &model.operations {
        if let Some(p) = &op.pagination
            && p.page == id
            && model
                .operations
                .iter()
                .find(|o| o.pagination.as_ref().is_some_and(|q| q.page == id))
                .map(|o| &o.id)
                == Some(&op.id)
        {
            items.extend(page_impl(space, id, p));
        }
    }
    items
}

fn deprecated_note(def: &TypeDef) -> TokenStream {
    if def.deprecated {
        quote!(#[doc = ""] #[doc = " **Deprecated** by the API."])
    } else {
        TokenStream::new()
    }
}

/// What [`Marks`] says of one struct.
#[derive(Debug, Clone, Copy)]
struct StructMarks {
    strict: bool,
    received: bool,
}

fn struct_items(
    space: &TypeSpace,
    id: TypeId,
    s: &Struct,
    marks: StructMarks,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> TokenStream {
    let name = ident(&space.types[id].name);
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
        let lenient = (!marks.strict
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
    let non_exhaustive = (constrained || marks.received).then(|| quote!(#[non_exhaustive]));
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
    let decode_note = (ctor.is_none() && derive_default.is_none() && !constrained && marks.received)
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

fn enum_items(
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
fn literal_items(
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

fn union_items(
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

fn to_form(space: &TypeSpace, name: &Ident, s: &Struct) -> TokenStream {
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

fn page_impl(
    space: &TypeSpace,
    page: TypeId,
    p: &crate::model::operations::Pagination,
) -> TokenStream {
    let TypeKind::Struct(s) = &space.types[page].kind else {
        return TokenStream::new();
    };
    let name = ident(&space.types[page].name);
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
    let next = match &p.cursor {
        Cursor::LastItemId => quote! {
            #has_more_check
            #last.map(|item| ("after", item.id.clone()))
        },
        Cursor::LastId => {
            let f = field("last_id").expect("pagination was detected through last_id");
            let fname = ident(&f.name);
            let value = if optionality(space, f).0 {
                quote!(self.#fname.clone())
            } else {
                quote!(Some(self.#fname.clone()))
            };
            quote! {
                #has_more_check
                #value.filter(|id| !id.is_empty()).map(|id| ("after", id))
            }
        }
        Cursor::Next { query, field: wire } => {
            let f = field(wire).expect("pagination was detected through the next field");
            let fname = ident(&f.name);
            let value = if optionality(space, f).0 {
                quote!(self.#fname.clone())
            } else {
                quote!(Some(self.#fname.clone()))
            };
            quote! {
                #has_more_check
                #value.filter(|cursor| !cursor.is_empty()).map(|cursor| (#query, cursor))
            }
        }
    };
    quote! {
        impl sdk_runtime_types::pagination::Page for #name {
            type Item = #item;

            fn next_page(&self) -> Option<(&'static str, String)> {
                #next
            }

            fn into_items(self) -> Vec<Self::Item> {
                #items
            }
        }
    }
}

/// Structs that are direct variants of untagged unions: their required
/// fields must stay required, or any object would match them.
pub fn untagged_variants(space: &TypeSpace) -> BTreeSet<TypeId> {
    let mut out = BTreeSet::new();
    for def in &space.types {
        if let TypeKind::Union(u) = &def.kind
            && u.tag.is_none()
        {
            for v in &u.variants {
                if let TypeRef::Named(id) = space.resolve(&v.ty) {
                    out.insert(*id);
                }
            }
        }
    }
    out
}

/// Tokens naming a type from outside the types module.
pub fn qualified(space: &TypeSpace, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = format_ident!("{}", space.types[*id].name);
            quote!(types::#name)
        }
        TypeRef::Array(inner) => {
            let inner = qualified(space, inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = qualified(space, inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = qualified(space, inner);
            quote!(Option<#inner>)
        }
        other => type_tokens(space, other, false),
    }
}
