//! `#[derive(Object)]`: a struct's serde impls (through
//! `sdk_runtime_types::{ser, de}`; the decoder is written by
//! [`decode`](crate::decode)), its constructors and its setters.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{DeriveInput, Ident, Type};

use crate::attrs::{FieldAttrs, TypeAttrs, docs_and_deprecation, summary, unwrap};
use crate::decode;

/// One field, classified.
pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    pub(crate) wire: String,
    pub(crate) attrs: FieldAttrs,
    source: &'a syn::Field,
    /// `T` of `Option<T>`.
    option: Option<&'a Type>,
}

impl Field<'_> {
    /// Stored as an `Option` (directly or behind an alias).
    pub(crate) fn is_optional(&self) -> bool {
        self.option.is_some() || self.attrs.optional
    }

    /// A constructor argument unless the type says otherwise.
    fn is_required_arg(&self) -> bool {
        !self.is_optional() && !self.attrs.constant && !self.attrs.extra
    }

    /// `impl Into<T>` for an argument or a setter, and how the value is
    /// stored: `Some` for an `Option`, `Box::new` for a box. A list takes
    /// any iterable of `impl Into<Item>` (an array of `&str` for a
    /// `Vec<String>`, of messages for a `Vec` of a message union).
    fn argument(&self) -> (TokenStream, TokenStream) {
        let ident = self.ident;
        if self.attrs.optional {
            let ty = self.ty;
            return (quote!(impl Into<#ty>), quote!(#ident.into()));
        }
        let (inner, some) = match self.option {
            Some(inner) => (inner, true),
            None => (self.ty, false),
        };
        let (parameter, stored) = if let Some(item) = unwrap(inner, "Vec") {
            (
                quote!(impl IntoIterator<Item = impl Into<#item>>),
                quote!(#ident.into_iter().map(Into::into).collect()),
            )
        } else if let Some(boxed) = unwrap(inner, "Box") {
            (quote!(impl Into<#boxed>), quote!(Box::new(#ident.into())))
        } else {
            (quote!(impl Into<#inner>), quote!(#ident.into()))
        };
        let stored = if some { quote!(Some(#stored)) } else { stored };
        (parameter, stored)
    }
}

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let syn::Data::Struct(data) = &input.data else {
        return Err(syn::Error::new_spanned(input, "`Object` is for structs"));
    };
    let syn::Fields::Named(named) = &data.fields else {
        return Err(syn::Error::new_spanned(
            input,
            "`Object` needs named fields",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "`Object` takes no generics",
        ));
    }
    let attrs = TypeAttrs::parse(&input.attrs)?;
    let mut fields = Vec::with_capacity(named.named.len());
    for f in &named.named {
        let ident = f.ident.as_ref().expect("named field");
        let field_attrs = FieldAttrs::parse(&f.attrs)?;
        let wire = field_attrs.rename.clone().unwrap_or_else(|| {
            let text = ident.to_string();
            text.strip_prefix("r#").unwrap_or(&text).to_owned()
        });
        fields.push(Field {
            ident,
            ty: &f.ty,
            wire,
            option: unwrap(&f.ty, "Option").filter(|_| !field_attrs.optional),
            attrs: field_attrs,
            source: f,
        });
    }
    let extra = fields.iter().find(|f| f.attrs.extra).map(|f| f.ident);
    let name = &input.ident;
    let mut out = constructors(name, &attrs, &fields)?;
    if !attrs.no_serde {
        out.extend(serialize(name, &fields, extra));
        out.extend(decode::expand(name, &attrs, &fields, extra));
    }
    Ok(out)
}

fn serialize(name: &Ident, fields: &[Field<'_>], extra: Option<&Ident>) -> TokenStream {
    let writes = fields.iter().filter(|f| !f.attrs.extra).map(|f| {
        let (ident, wire) = (f.ident, &f.wire);
        if f.is_optional() && !f.attrs.nullable {
            quote!(__out.optional(#wire, &self.#ident);)
        } else {
            quote!(__out.field(#wire, &self.#ident);)
        }
    });
    let extra = match extra {
        Some(field) => quote!(&self.#field),
        None => quote!(&::sdk_runtime_types::ser::NO_EXTRA),
    };
    quote! {
        #[allow(deprecated)]
        impl ::sdk_runtime_types::__private::serde::Serialize for #name {
            fn serialize<S: ::sdk_runtime_types::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                let mut __out = ::sdk_runtime_types::ser::object(serializer, #extra)?;
                #(#writes)*
                __out.end()
            }
        }
    }
}

fn constructors(name: &Ident, attrs: &TypeAttrs, fields: &[Field<'_>]) -> syn::Result<TokenStream> {
    let by_name = |ident: &Ident| {
        fields.iter().find(|f| f.ident == ident).ok_or_else(|| {
            syn::Error::new(ident.span(), format!("`{name}` has no field `{ident}`"))
        })
    };
    let required: Vec<&Field<'_>> = fields.iter().filter(|f| f.is_required_arg()).collect();
    let mut methods = Vec::new();
    if let Some(list) = &attrs.new {
        let args: Vec<&Field<'_>> = match list {
            Some(names) => names.iter().map(by_name).collect::<syn::Result<_>>()?,
            None => required.clone(),
        };
        let doc = new_doc(&args);
        methods.push(constructor(&format_ident!("new"), &doc, &args, fields));
    }
    for set in &attrs.alternatives {
        let chosen: Vec<&Field<'_>> = set.iter().map(by_name).collect::<syn::Result<_>>()?;
        let names: Vec<String> = set.iter().map(|i| format!("`{i}`")).collect();
        let method = format_ident!(
            "with_{}",
            set.iter()
                .map(Ident::to_string)
                .collect::<Vec<_>>()
                .join("_and_")
        );
        let mut args = required.clone();
        args.extend(chosen);
        let doc = format!(
            " A value with {} set (the API needs one of its sets of fields).",
            names.join(" and ")
        );
        methods.push(constructor(&method, &[doc], &args, fields));
    }
    for f in fields.iter().filter(|f| f.is_optional() && !f.attrs.extra) {
        let ident = f.ident;
        let (ty, stored) = f.argument();
        let docs = docs_and_deprecation(&f.source.attrs);
        methods.push(quote! {
            #(#docs)*
            pub fn #ident(mut self, #ident: #ty) -> Self {
                self.#ident = #stored;
                self
            }
        });
    }
    if let Some(extra) = fields.iter().find(|f| f.attrs.extra) {
        let field = extra.ident;
        methods.push(quote! {
            /// Adds a property the type does not declare (a provider's own
            /// field, or one this version of the SDK does not know yet); it
            /// is sent beside the declared ones and wins over one of the
            /// same name.
            pub fn extra_field(
                mut self,
                name: impl Into<::std::string::String>,
                value: impl Into<::sdk_runtime_types::__private::serde_json::Value>,
            ) -> Self {
                self.#field.insert(name, value);
                self
            }
        });
    }
    if methods.is_empty() {
        return Ok(TokenStream::new());
    }
    Ok(quote! {
        #[allow(deprecated)]
        impl #name {
            #(#methods)*
        }
    })
}

/// The documentation of `new`: what it sets, one line per argument.
fn new_doc(args: &[&Field<'_>]) -> Vec<String> {
    if args.is_empty() {
        return vec![" A value with every optional field unset.".to_owned()];
    }
    let mut doc = vec![
        " A value with these fields set and the optional ones unset:".to_owned(),
        String::new(),
    ];
    for f in args {
        let about = summary(&f.source.attrs);
        let name = f.ident.to_string();
        let name = name.trim_start_matches("r#");
        doc.push(if about.is_empty() {
            format!(" - `{name}`")
        } else {
            format!(" - `{name}`: {about}")
        });
    }
    doc
}

fn constructor(
    method: &Ident,
    doc: &[String],
    args: &[&Field<'_>],
    fields: &[Field<'_>],
) -> TokenStream {
    let params = args.iter().map(|f| {
        let ident = f.ident;
        let (ty, _) = f.argument();
        quote!(#ident: #ty)
    });
    let inits = fields.iter().map(|f| {
        let ident = f.ident;
        if args.iter().any(|a| a.ident == ident) {
            let (_, stored) = f.argument();
            quote!(#ident: #stored,)
        } else if let Some(init) = &f.attrs.init {
            let (_, stored) = f.argument();
            quote!(#ident: { let #ident = #init; #stored },)
        } else if f.is_optional() {
            quote!(#ident: ::core::option::Option::None,)
        } else {
            quote!(#ident: ::core::default::Default::default(),)
        }
    });
    quote! {
        #(#[doc = #doc])*
        #[inline]
        pub fn #method(#(#params),*) -> Self {
            Self { #(#inits)* }
        }
    }
}
