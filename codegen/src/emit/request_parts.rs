//! The request a generated method builds: its arguments (path parameters,
//! the parameters struct, the body), the `RequestSpec` with the
//! operation's id and security, and the statements that fill it.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{ident, qualified};
use crate::model::operations::{BodyKind, Location, RequestBody};
use crate::model::{Model, Operation, TypeKind, TypeRef, TypeSpace};

/// What a method's body builds its request from: its arguments, the path
/// parameters (converted to text where they are not), the query and
/// header setters, and the body.
pub(super) struct RequestParts {
    pub(super) args: Vec<TokenStream>,
    path_pairs: Vec<TokenStream>,
    conversions: Vec<TokenStream>,
    setup: Vec<TokenStream>,
    body_expr: Option<TokenStream>,
    /// Setting the body can fail (it is serialized with `?`).
    body_fallible: bool,
    /// `RequestSpec::new(..)` with the operation's security and id.
    new_spec: TokenStream,
}

impl RequestParts {
    pub(super) fn of(model: &Model, op: &Operation) -> Self {
        let space = &model.types;
        let mut parts = RequestParts {
            args: Vec::new(),
            path_pairs: Vec::new(),
            conversions: Vec::new(),
            setup: Vec::new(),
            body_expr: None,
            body_fallible: false,
            new_spec: new_spec(op),
        };
        for p in &op.path_params {
            let name = ident(&p.name);
            let wire = &p.wire;
            let (ty, needs_text) = path_arg(model, &p.ty);
            parts.args.push(quote!(#name: #ty));
            if needs_text {
                parts
                    .conversions
                    .push(quote!(let #name = #name.to_string();));
                parts.path_pairs.push(quote!((#wire, #name.as_str())));
            } else {
                parts.path_pairs.push(quote!((#wire, #name)));
            }
        }
        for (k, v) in &op.fixed_query {
            parts.setup.push(quote!(spec.query.push_raw(#k, #v);));
        }
        if let Some((id, params)) = &op.params {
            let ty = qualified(space, &TypeRef::Named(*id));
            parts.args.push(quote!(params: &#ty));
            let TypeKind::Struct(s) = &space[*id].kind else {
                unreachable!("params are always structs")
            };
            for p in params {
                let field = ident(&s.fields[p.field].name);
                let wire = &p.wire;
                parts.setup.push(match p.location {
                    Location::Query => quote!(spec.query(#wire, &params.#field);),
                    Location::Header => {
                        let lower = wire.to_ascii_lowercase();
                        quote!(spec.header(#lower, &params.#field);)
                    }
                });
            }
        }
        if let Some(body) = &op.body {
            let (arg, expr) = body_parts(space, body);
            parts.args.push(arg);
            parts.body_expr = Some(expr);
            parts.body_fallible = body.kind == BodyKind::Form;
        }
        parts
    }

    /// The statements that bind `spec` (a `Result<RequestSpec>`), asking
    /// for `accept` when given.
    pub(super) fn build(&self, template: &str, accept: Option<&str>) -> TokenStream {
        let RequestParts {
            path_pairs,
            conversions,
            setup,
            body_expr,
            body_fallible,
            new_spec,
            ..
        } = self;
        let accept = accept.map(|a| quote!(spec = spec.accept(#a);));
        if setup.is_empty() && body_expr.is_none() && accept.is_none() {
            return quote! {
                #(#conversions)*
                let spec = sdk_runtime::request::path(#template, &[#(#path_pairs),*])
                    .map(|path| #new_spec);
            };
        }
        // A body serialized with `?` makes the closure return a `Result`.
        let (combinator, result) = match body_fallible {
            true => (quote!(and_then), quote!(Ok(spec))),
            false => (quote!(map), quote!(spec)),
        };
        quote! {
            #(#conversions)*
            let spec = sdk_runtime::request::path(#template, &[#(#path_pairs),*]).#combinator(|path| {
                let mut spec = #new_spec;
                #accept
                #(#setup)*
                #body_expr
                #result
            });
        }
    }
}

/// `RequestSpec::new(method, path)` with the operation's own security
/// requirement (where it differs from the API's) and its id.
fn new_spec(op: &Operation) -> TokenStream {
    let method = ident(&op.method);
    let id = &op.id;
    let resource = op.resource_path().map(|path| quote!(.in_resource(#path)));
    let gen_ai = op.gen_ai.as_ref().map(|name| quote!(.gen_ai(#name)));
    let operation = quote!(sdk_runtime::request::Operation::new(#id) #resource #gen_ai);
    match &op.security {
        Some(req) => {
            let req = super::credentials::requirement_tokens(req);
            quote!(sdk_runtime::RequestSpec::new(sdk_runtime::Method::#method, path).with_security(#req).with_operation(#operation))
        }
        None => {
            quote!(sdk_runtime::RequestSpec::new(sdk_runtime::Method::#method, path).with_operation(#operation))
        }
    }
}

/// A request body's argument and the statement that sets it on `spec`.
fn body_parts(space: &TypeSpace, body: &RequestBody) -> (TokenStream, TokenStream) {
    let ty = qualified(space, &body.ty);
    match &body.kind {
        // Kept typed: the send path serializes it once, after the
        // interceptors that may change it.
        BodyKind::Json => (
            quote!(body: &#ty),
            quote!(spec.body = sdk_runtime::Body::typed(body.clone());),
        ),
        BodyKind::Form => (
            quote!(body: &#ty),
            quote!(spec.body = sdk_runtime::Body::form(body)?;),
        ),
        BodyKind::Multipart if space.as_struct(&body.ty).is_some() => (
            quote!(body: &#ty),
            quote!(spec.body = sdk_runtime::Body::multipart(body);),
        ),
        BodyKind::Multipart => (
            quote!(body: &#ty),
            quote! {
                let mut form = sdk_runtime::multipart::Form::new();
                if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(body) {
                    for (name, value) in &fields {
                        form.field(name, value);
                    }
                }
                spec.body = sdk_runtime::Body::from_form(&form);
            },
        ),
        BodyKind::Binary(ct) => (
            quote!(body: impl Into<sdk_runtime::Bytes>),
            quote!(spec.body = sdk_runtime::Body::bytes(body, #ct);),
        ),
    }
}

/// How a path parameter is taken and turned into text.
fn path_arg(model: &Model, ty: &TypeRef) -> (TokenStream, bool) {
    let space = &model.types;
    match space.resolve(ty) {
        TypeRef::Int(_) | TypeRef::Float(_) | TypeRef::Bool => {
            (qualified(space, space.resolve(ty)), true)
        }
        TypeRef::Named(id) if matches!(space[*id].kind, TypeKind::Enum(_)) => {
            let t = qualified(space, &TypeRef::Named(*id));
            (quote!(&#t), true)
        }
        _ => (quote!(&str), false),
    }
}
