//! Resource handles and their methods: one file per top-level resource,
//! one struct per resource path, one method per operation (plus a
//! `_stream` twin for operations that can answer with server-sent events).

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::docs::doc_attrs;
use super::examples::DocCrate;
use super::request_parts::RequestParts;
use super::types::{ident, qualified};
use crate::model::operations::{BodyKind, Response};
use crate::model::resource_names::{accessor, resource_struct};
use crate::model::{Model, Operation, TypeKind, TypeRef};

/// A node of the resource tree.
#[derive(Default)]
struct Node<'a> {
    ops: Vec<&'a Operation>,
    children: BTreeMap<String, Node<'a>>,
}

/// Groups operations by top-level resource.
pub fn by_top(model: &Model) -> BTreeMap<String, Vec<&Operation>> {
    let mut out: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in &model.operations {
        out.entry(op.resource[0].clone()).or_default().push(op);
    }
    out
}

/// The file for one top-level resource.
pub fn resource_file(
    model: &Model,
    top: &str,
    ops: &[&Operation],
    krate: &DocCrate,
) -> TokenStream {
    let mut root = Node::default();
    for op in ops {
        let mut node = &mut root;
        for seg in &op.resource[1..] {
            node = node.children.entry(seg.clone()).or_default();
        }
        node.ops.push(op);
    }
    let mut items = TokenStream::new();
    emit_node(model, &[top.to_owned()], &root, &mut items, krate);
    let header = format!(" The `{top}` resource and the resources below it.");
    let uses_types = items.to_string().contains("types ::");
    let import = uses_types.then(|| {
        quote!(
            use crate::types;
        )
    });
    quote! {
        #![doc = #header]
        #import
        #items
    }
}

fn emit_node(
    model: &Model,
    path: &[String],
    node: &Node<'_>,
    out: &mut TokenStream,
    krate: &DocCrate,
) {
    let name = ident(&resource_struct(path));
    let doc = format!(" Operations on `{}`.", path.join("."));
    let mut methods = TokenStream::new();
    for child in node.children.keys() {
        let mut child_path = path.to_vec();
        child_path.push(child.clone());
        let child_ty = ident(&resource_struct(&child_path));
        let method = ident(&accessor(child));
        let cdoc = format!(" The `{}` resource.", child_path.join("."));
        methods.extend(quote! {
            #[doc = #cdoc]
            #[inline]
            pub fn #method(&self) -> #child_ty {
                #child_ty { client: self.client.clone() }
            }
        });
    }
    for op in &node.ops {
        methods.extend(operation_methods(model, op, krate));
    }
    methods.extend(super::sockets::methods(model, path, krate));
    let accessors: Vec<String> = path.iter().map(|p| accessor(p)).collect();
    let resource_example = doc_lines(
        &[
            format!(
                "let {} = client.{}();",
                path.last().map(String::as_str).unwrap_or("resource"),
                accessors.join("().")
            ),
            format!(
                "# let _ = {};",
                path.last().map(String::as_str).unwrap_or("resource")
            ),
        ],
        krate,
    );
    out.extend(quote! {
        #[doc = #doc]
        #resource_example
        #[derive(Debug, Clone)]
        pub struct #name {
            pub(crate) client: sdk_runtime::Client,
        }

        impl #name {
            /// The runtime client underneath (for requests the API
            /// description does not cover, and for helpers built on this
            /// resource).
            #[inline]
            pub fn runtime(&self) -> &sdk_runtime::Client {
                &self.client
            }
            #methods
        }
    });
    for (child, child_node) in &node.children {
        let mut child_path = path.to_vec();
        child_path.push(child.clone());
        emit_node(model, &child_path, child_node, out, krate);
    }
}

/// A `no_run` example as doc attributes: `body` lines run inside an async
/// function that has a `client`.
fn doc_lines(body: &[String], krate: &DocCrate) -> TokenStream {
    let mut lines = vec![
        String::new(),
        " # Example".to_owned(),
        String::new(),
        " ```no_run".to_owned(),
    ];
    lines.extend(krate.alias());
    lines.push(format!(
        " # async fn example(client: {}::Client) -> Result<(), Box<dyn std::error::Error>> {{",
        krate.name
    ));
    lines.extend(body.iter().map(|l| format!(" {l}")));
    lines.push(" # Ok(()) }".to_owned());
    lines.push(" ```".to_owned());
    quote!(#(#[doc = #lines])*)
}

/// The example of one operation, from its required-arguments sample:
/// typed values built with the constructors and setters of the types.
fn method_example(model: &Model, op: &Operation, method: &str, krate: &DocCrate) -> TokenStream {
    let Some(sample) = op.samples.first() else {
        return TokenStream::new();
    };
    let space = &model.types;
    let mut lets = Vec::new();
    let mut args = Vec::new();
    for (i, p) in op.path_params.iter().enumerate() {
        let value = sample
            .path
            .get(i)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let text = match &value {
            serde_json::Value::String(s) if !s.is_empty() => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => format!("{}_1", p.wire),
        };
        args.push(match space.resolve(&p.ty) {
            TypeRef::Int(k) | TypeRef::Float(k) => format!("{text}{k}").parse().unwrap_or_default(),
            TypeRef::Bool => quote!(true),
            TypeRef::Named(id) if matches!(space[*id].kind, TypeKind::Enum(_)) => {
                let t = ident(&space[*id].name);
                quote!(&types::#t::from(#text))
            }
            _ => quote!(#text),
        });
    }
    if let Some((id, _)) = &op.params {
        let ty = TypeRef::Named(*id);
        let name = ident(&space[*id].name);
        let empty = sample
            .params
            .as_ref()
            .is_none_or(|p| p.as_object().is_some_and(|o| o.is_empty()));
        let value = if empty && space.has_default(&ty) {
            quote!(types::#name::default())
        } else {
            built(space, &ty, sample.params.as_ref(), krate)
        };
        lets.push(quote!(let params = #value;));
        args.push(quote!(&params));
    }
    if let Some(b) = &op.body {
        if matches!(b.kind, BodyKind::Binary(_)) {
            args.push(quote!(b"bytes".to_vec()));
        } else if let Some(value) = body_value(model, op, krate) {
            lets.push(quote!(let body = #value;));
            args.push(quote!(&body));
        }
    }
    let accessors = op.resource.iter().map(|p| ident(&accessor(p)));
    let streams = op.stream_method().as_deref() == Some(method);
    let method = ident(method);
    let call = quote!(client.#(#accessors()).*.#method(#(#args),*).await?);
    let body = if streams {
        quote! {
            #(#lets)*
            let mut events = #call;
            while let Some(event) = futures_util::StreamExt::next(&mut events).await {
                println!("{:?}", event?);
            }
        }
    } else {
        quote! {
            #(#lets)*
            let response = #call;
            println!("{response:?}");
        }
    };
    super::examples::doc_example(body, krate)
}

/// The expression that builds `op`'s body (not raw bytes) from its
/// samples: typed where the samples fit the types.
pub(crate) fn body_value(model: &Model, op: &Operation, krate: &DocCrate) -> Option<TokenStream> {
    let b = op
        .body
        .as_ref()
        .filter(|b| !matches!(b.kind, BodyKind::Binary(_)))?;
    let samples = &op.samples;
    let full = samples.get(1).and_then(|s| s.body.as_ref());
    let body =
        with_constructor_arguments(&model.types, &b.ty, samples.first()?.body.as_ref(), full);
    Some(built(&model.types, &b.ty, body.as_ref(), krate))
}

/// The required-only sample of a body, plus the full sample's values of
/// the properties its `new` takes although they are optional (`model` and
/// `input` of a Responses request), so that the example is typed.
fn with_constructor_arguments(
    space: &crate::model::TypeSpace,
    ty: &TypeRef,
    required: Option<&serde_json::Value>,
    full: Option<&serde_json::Value>,
) -> Option<serde_json::Value> {
    let mut sample = required?.clone();
    let (TypeRef::Named(id), Some(full), Some(object)) =
        (space.resolve(ty), full, sample.as_object_mut())
    else {
        return Some(sample);
    };
    let (TypeKind::Struct(s), Some(args)) = (&space[*id].kind, space.constructors(*id).new) else {
        return Some(sample);
    };
    for i in args {
        let wire = &s.fields[i].wire;
        if let Some(value) = full.get(wire).filter(|_| !object.contains_key(wire)) {
            object.insert(wire.clone(), value.clone());
        }
    }
    Some(sample)
}

/// A value of `ty` from its sample: the typed expression when the sample
/// fits the types, else the sample decoded from JSON (never from text).
fn built(
    space: &crate::model::TypeSpace,
    ty: &TypeRef,
    sample: Option<&serde_json::Value>,
    krate: &DocCrate,
) -> TokenStream {
    let value = sample.cloned().unwrap_or(serde_json::Value::Null);
    match space.exact_example(ty, &value) {
        Some(expr) => super::examples::tokens(space, &expr, &krate.name),
        None => {
            let t = qualified(space, ty);
            let json: TokenStream = serde_json::to_string(&value)
                .unwrap_or_default()
                .parse()
                .unwrap_or_default();
            quote!(serde_json::from_value::<#t>(serde_json::json!(#json))?)
        }
    }
}

/// The method of an operation and, when it streams, its `_stream` twin
/// (or the one streaming method of an operation that only streams).
fn operation_methods(model: &Model, op: &Operation, krate: &DocCrate) -> TokenStream {
    let space = &model.types;
    let parts = RequestParts::of(model, op);
    let mut docs = doc_attrs(op.docs.as_deref());
    let endpoint = format!(" `{} {}`", op.method, op.path);
    docs.extend(quote!(#[doc = ""] #[doc = #endpoint]));
    let deprecated = super::types::deprecated_attr(op.deprecated.as_deref());
    // A method that takes or gives a deprecated type says so where it does.
    let deprecated = if op.roots.iter().any(|t| space.mentions_deprecated(t)) {
        quote!(#deprecated #[allow(deprecated)])
    } else {
        deprecated
    };
    let head = quote!(#docs);
    let mut out = TokenStream::new();
    if let Some((ret, call)) = primary_call(model, op) {
        let name = ident(&op.name);
        let args = &parts.args;
        let build = parts.build(&op.path, None);
        let example = method_example(model, op, &op.name, krate);
        let page_doc = op.pagination.as_ref().map(|_| {
            quote! {
                #[doc = ""]
                #[doc = " Call `.auto_paginate()` on the result to walk every item across pages."]
            }
        });
        // `#[inline]`: a method (and the decoding of its answer, which it
        // instantiates) is compiled only in the crates that call it, not for
        // all operations in the SDK crate itself.
        out.extend(quote! {
            #head
            #page_doc
            #example
            #deprecated
            #[inline]
            pub fn #name(&self, #(#args),*) -> #ret {
                #build
                #call
            }
        });
    }
    out.extend(stream_method(model, op, &parts, krate, &head, &deprecated));
    out
}

/// What the plain method returns and the call that makes it, unless the
/// operation only streams.
fn primary_call(model: &Model, op: &Operation) -> Option<(TokenStream, TokenStream)> {
    match &op.response {
        Response::Json(ty) => {
            let t = qualified(&model.types, ty);
            Some((
                quote!(sdk_runtime::Call<#t>),
                quote!(sdk_runtime::Call::json_call(&self.client, spec)),
            ))
        }
        Response::Bytes => Some((
            quote!(sdk_runtime::Call<sdk_runtime::Bytes>),
            quote!(sdk_runtime::Call::bytes_call(&self.client, spec)),
        )),
        Response::Unit if op.stream.is_none() => Some((
            quote!(sdk_runtime::Call<()>),
            quote!(sdk_runtime::Call::unit_call(&self.client, spec)),
        )),
        Response::Unit => None,
    }
}

/// The streaming method, when the operation streams: the request with
/// `Accept: text/event-stream` and the stream flag (body field or query),
/// decoded as server-sent events.
fn stream_method(
    model: &Model,
    op: &Operation,
    parts: &RequestParts,
    krate: &DocCrate,
    docs: &TokenStream,
    deprecated: &TokenStream,
) -> Option<TokenStream> {
    let (Some(event), Some(name)) = (&op.stream, op.stream_method()) else {
        return None;
    };
    let stream_name = ident(&name);
    let event_ty = qualified(&model.types, event);
    let args = &parts.args;
    let build = parts.build(&op.path, Some("text/event-stream"));
    let flag = op
        .body_has_stream_flag
        .then(|| quote!(.body_field("stream", true)));
    let query_flag = op.query_stream_flag.then(|| {
        quote! {
            let spec = spec.map(|mut spec| {
                spec.query.set("stream", "true");
                spec
            });
        }
    });
    let decoder = if op.stream_envelope {
        quote!(sdk_runtime::sse::EventStream::from_response_enveloped)
    } else {
        quote!(sdk_runtime::sse::EventStream::from_response)
    };
    let sdoc = " Streams the answer as server-sent events.";
    let example = method_example(model, op, &name, krate);
    Some(quote! {
        #docs
        #[doc = ""]
        #[doc = #sdoc]
        #example
        #deprecated
        #[inline]
        pub fn #stream_name(&self, #(#args),*) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<#event_ty>> {
            #build
            #query_flag
            sdk_runtime::Call::streaming(&self.client, spec, #decoder) #flag
        }
    })
}
