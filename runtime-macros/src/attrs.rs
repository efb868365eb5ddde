//! `#[api(...)]` attributes, read once per item, field and variant, plus
//! the documentation and deprecation that setters copy.

use syn::{Attribute, Ident, LitStr, Type};

/// What `#[api(...)]` says of a struct or an enum.
#[derive(Default)]
pub struct TypeAttrs {
    /// No lenient decoding.
    pub strict: bool,
    /// Constructors and setters only (the serde impls come from elsewhere).
    pub no_serde: bool,
    /// `new`: `None` without one; `Some(None)` for every required field;
    /// `Some(Some(fields))` for those fields.
    pub new: Option<Option<Vec<Ident>>>,
    /// The field sets of `with_...` constructors.
    pub alternatives: Vec<Vec<Ident>>,
    /// The tag property of a tagged union.
    pub tag: Option<String>,
    /// A constant (a string enum with one documented value).
    pub constant: bool,
}

/// What `#[api(...)]` says of a field.
#[derive(Default)]
pub struct FieldAttrs {
    pub rename: Option<String>,
    pub default: bool,
    pub nullable: bool,
    pub constant: bool,
    pub optional: bool,
    pub extra: bool,
    /// Holds a tagged union's tag (handed over when the union read it).
    pub tag: bool,
    /// The value `new` gives the field when it is not an argument.
    pub init: Option<syn::Expr>,
}

/// What `#[api(...)]` says of a variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub rename: Option<String>,
    pub tags: Vec<String>,
    pub other: bool,
    pub from_str: bool,
    /// The value is an `Object` (decoded with its `from_map`).
    pub object: bool,
}

fn each(
    attrs: &[Attribute],
    mut f: impl FnMut(syn::meta::ParseNestedMeta) -> syn::Result<()>,
) -> syn::Result<()> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("api")) {
        attr.parse_nested_meta(&mut f)?;
    }
    Ok(())
}

fn string(meta: &syn::meta::ParseNestedMeta) -> syn::Result<String> {
    Ok(meta.value()?.parse::<LitStr>()?.value())
}

fn idents(meta: &syn::meta::ParseNestedMeta) -> syn::Result<Vec<Ident>> {
    let content;
    syn::parenthesized!(content in meta.input);
    let list = syn::punctuated::Punctuated::<Ident, syn::Token![,]>::parse_terminated(&content)?;
    Ok(list.into_iter().collect())
}

impl TypeAttrs {
    pub fn parse(attrs: &[Attribute]) -> syn::Result<Self> {
        let mut out = Self::default();
        each(attrs, |meta| {
            let p = &meta.path;
            if p.is_ident("strict") {
                out.strict = true;
            } else if p.is_ident("no_serde") {
                out.no_serde = true;
            } else if p.is_ident("constant") {
                out.constant = true;
            } else if p.is_ident("tag") {
                out.tag = Some(string(&meta)?);
            } else if p.is_ident("new") {
                out.new = Some(if meta.input.peek(syn::token::Paren) {
                    Some(idents(&meta)?)
                } else {
                    None
                });
            } else if p.is_ident("alternative") {
                out.alternatives.push(idents(&meta)?);
            } else {
                return Err(meta.error("unknown `api` attribute"));
            }
            Ok(())
        })?;
        Ok(out)
    }
}

impl FieldAttrs {
    pub fn parse(attrs: &[Attribute]) -> syn::Result<Self> {
        let mut out = Self::default();
        each(attrs, |meta| {
            let p = &meta.path;
            let flag = |name: &str| p.is_ident(name);
            if flag("rename") {
                out.rename = Some(string(&meta)?);
            } else if flag("default") {
                out.default = true;
            } else if flag("nullable") {
                out.nullable = true;
            } else if flag("constant") {
                out.constant = true;
            } else if flag("optional") {
                out.optional = true;
            } else if flag("extra") {
                out.extra = true;
            } else if flag("tag") {
                out.tag = true;
            } else if flag("init") {
                out.init = Some(meta.value()?.parse()?);
            } else {
                return Err(meta.error("unknown `api` attribute"));
            }
            Ok(())
        })?;
        Ok(out)
    }
}

impl VariantAttrs {
    pub fn parse(attrs: &[Attribute]) -> syn::Result<Self> {
        let mut out = Self::default();
        each(attrs, |meta| {
            let p = &meta.path;
            if p.is_ident("rename") {
                out.rename = Some(string(&meta)?);
            } else if p.is_ident("tag") {
                out.tags.push(string(&meta)?);
            } else if p.is_ident("other") {
                out.other = true;
            } else if p.is_ident("from_str") {
                out.from_str = true;
            } else if p.is_ident("object") {
                out.object = true;
            } else {
                return Err(meta.error("unknown `api` attribute"));
            }
            Ok(())
        })?;
        Ok(out)
    }
}

/// The `#[doc]` and `#[deprecated]` attributes of an item, for the methods
/// made from it.
pub fn docs_and_deprecation(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc") || a.path().is_ident("deprecated"))
        .collect()
}

/// The first sentence of an item's documentation.
pub fn summary(attrs: &[Attribute]) -> String {
    let mut text = String::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) = &nv.value
        else {
            continue;
        };
        let line = s.value();
        let line = line.trim();
        if line.is_empty() {
            if text.is_empty() {
                continue;
            }
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(line);
        if text.contains(". ") || text.ends_with('.') {
            break;
        }
    }
    match text.find(". ") {
        Some(end) => text[..=end].to_owned(),
        None => text,
    }
}

/// `T` of `Wrapper<T>` when `ty` is a path ending in `wrapper` with one
/// type argument.
pub fn unwrap<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) if args.args.len() == 1 => Some(t),
        _ => None,
    }
}
