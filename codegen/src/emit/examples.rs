//! Examples in the documentation: the model's typed expressions printed as
//! Rust, and whole examples formatted by prettyplease as a person would
//! write them (`use` lines shown, the surrounding function hidden).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::ident;
use crate::model::examples::Expr;
use crate::model::{TypeId, TypeSpace};

/// The crate the examples name (the one users depend on), and the crate
/// whose documentation they are in, when that is another (the core of a
/// client with helpers): a hidden `use` line lets the name resolve there.
#[derive(Debug, Clone)]
pub struct DocCrate {
    /// The name examples write (`openai_client`).
    pub name: String,
    /// The crate the documentation belongs to (`openai_client_core`).
    pub real: String,
}

impl DocCrate {
    /// The hidden line that makes `name` resolve, when it is needed.
    pub fn alias(&self) -> Option<String> {
        (self.name != self.real).then(|| format!(" # use {} as {};", self.real, self.name))
    }
}

/// Tokens for `expr`; generated types are named `types::X`, files through
/// `krate`'s runtime re-export.
pub fn tokens(space: &TypeSpace, expr: &Expr, krate: &str) -> TokenStream {
    let ty = |id: TypeId| {
        let name = ident(&space[id].name);
        quote!(types::#name)
    };
    match expr {
        Expr::Str(s) => quote!(#s),
        Expr::String(s) => quote!(#s.to_owned()),
        Expr::Int(n, suffix) => literal(&format!("{n}{suffix}")),
        Expr::Float(f, suffix) => {
            let mut text = format!("{f:?}");
            if !text.contains(['.', 'e', 'E']) {
                text.push_str(".0");
            }
            if *suffix == "f32" {
                text.push_str("f32");
            }
            literal(&text)
        }
        Expr::Bool(b) => quote!(#b),
        Expr::Json(v) => {
            let json = literal(&serde_json::to_string(v).unwrap_or_else(|_| "null".into()));
            quote!(serde_json::json!(#json))
        }
        Expr::JsonObject(m) => {
            let entries = m.iter().map(|(k, v)| {
                let json = literal(&serde_json::to_string(v).unwrap_or_else(|_| "null".into()));
                quote!((#k.to_owned(), serde_json::json!(#json)))
            });
            quote!(serde_json::Map::from_iter([#(#entries),*]))
        }
        Expr::List(items, exact) => {
            let items = items.iter().map(|e| tokens(space, e, krate));
            if *exact {
                quote!(vec![#(#items),*])
            } else {
                quote!([#(#items),*])
            }
        }
        Expr::Map(entries) => {
            let entries = entries.iter().map(|(k, v)| {
                let v = tokens(space, v, krate);
                quote!((#k.to_owned(), #v))
            });
            quote!(std::collections::BTreeMap::from([#(#entries),*]))
        }
        Expr::Build {
            ty: id,
            constructor,
            args,
            setters,
        } => {
            let t = ty(*id);
            let ctor = format_ident!("{}", constructor);
            let args = args.iter().map(|e| tokens(space, e, krate));
            let setters = setters.iter().map(|(name, e)| {
                let name = ident(name);
                let e = tokens(space, e, krate);
                quote!(.#name(#e))
            });
            quote!(#t::#ctor(#(#args),*) #(#setters)*)
        }
        Expr::Variant { ty: id, variant } => {
            let (t, v) = (ty(*id), ident(variant));
            quote!(#t::#v)
        }
        Expr::EnumValue { ty: id, value } => {
            let t = ty(*id);
            quote!(#t::from(#value))
        }
        Expr::Wrap {
            ty: id,
            variant,
            inner,
        } => {
            let (t, v) = (ty(*id), ident(variant));
            let inner = tokens(space, inner, krate);
            let boxed = match &space[*id].kind {
                crate::model::TypeKind::Union(u) => {
                    u.variants.iter().any(|x| &x.name == variant && x.boxed)
                }
                _ => false,
            };
            if boxed {
                quote!(#t::#v(Box::new(#inner)))
            } else {
                quote!(#t::#v(#inner))
            }
        }
        Expr::File(name) => {
            let krate = format_ident!("{}", krate);
            quote!(#krate::runtime::multipart::FilePart::from_bytes(#name, b"file contents".to_vec()))
        }
    }
}

fn literal(text: &str) -> TokenStream {
    text.parse().unwrap_or_else(|_| quote!(Default::default()))
}

/// A `no_run` example as doc attributes: `body` runs inside a hidden async
/// function that has a `client` of `krate`, with `use krate::types;` shown
/// when the body names types. Formatted by prettyplease.
pub fn doc_example(body: TokenStream, krate: &DocCrate) -> TokenStream {
    let krate_ident = format_ident!("{}", krate.name);
    let uses_types = body.to_string().contains("types ::");
    let import = uses_types.then(|| quote!(use #krate_ident::types;));
    let file = quote! {
        #import
        async fn example(client: #krate_ident::Client) -> Result<(), Box<dyn std::error::Error>> {
            #body
            Ok(())
        }
    };
    let text = match syn::parse2::<syn::File>(file) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => return TokenStream::new(),
    };
    let mut lines = vec![
        String::new(),
        " # Example".to_owned(),
        String::new(),
        " ```no_run".to_owned(),
    ];
    lines.extend(krate.alias());
    lines.extend(example_lines(&text, "async fn example"));
    lines.push(" ```".to_owned());
    quote!(#(#[doc = #lines])*)
}

/// The lines of a formatted example file as documentation shows them: the
/// function that `signature` opens (with its `cfg`), its closing brace and
/// its `Ok(())` hidden (`# `), its body unindented.
fn example_lines(text: &str, signature: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut code: Vec<&str> = text.lines().collect();
    let open = code.iter().position(|l| l.starts_with(signature));
    for (i, line) in code.drain(..).enumerate() {
        let hidden = Some(i) == open
            || line == "}"
            || line.trim() == "Ok(())"
            || line.starts_with(')')
            || line.starts_with("#[cfg(")
            || open.is_some_and(|o| i > o && line.starts_with("    client: "))
            || open.is_some_and(|o| i > o && line.starts_with(") -> Result"));
        let shown = line.strip_prefix("    ").unwrap_or(line);
        lines.push(if hidden {
            format!(" # {line}")
        } else if shown.is_empty() {
            String::new()
        } else {
            format!(" {shown}")
        });
    }
    lines
}

/// The example of a types crate's front page: `file` (a `use` line and a
/// function `example`) formatted, as Markdown lines without the fences.
pub fn types_example(file: TokenStream) -> Option<Vec<String>> {
    let text = prettyplease::unparse(&syn::parse2::<syn::File>(file).ok()?);
    Some(example_lines(&text, "fn example"))
}
