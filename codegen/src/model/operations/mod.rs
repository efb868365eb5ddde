//! Operations: parameters, bodies and responses typed through the type
//! space, and the place of each operation in the resource tree
//! (`/vector_stores/{id}/files` -> `vector_stores().files().list(id, ..)`).
//! Each step is its own file: [`parameters`], [`body`], [`response`],
//! [`pagination`] and [`place`].

pub mod body;
pub mod pagination;
pub mod parameters;
pub mod place;
pub mod response;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

use super::names::{Namer, type_name};
use super::types::{Builder, TypeId, TypeRef};
use crate::load::{Document, METHODS, OperationObject, escape_pointer};

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// The query string.
    Query,
    /// A header.
    Header,
}

/// A path parameter.
#[derive(Debug, Clone)]
pub struct PathParam {
    /// Rust argument name.
    pub name: String,
    /// Name in the template.
    pub wire: String,
    /// Its type (strings are taken as `&str`).
    pub ty: TypeRef,
    /// Docs.
    pub docs: Option<String>,
}

/// A query or header parameter, stored as a field of the params struct.
#[derive(Debug, Clone)]
pub struct Param {
    /// Index of the field in the params struct.
    pub field: usize,
    /// Wire name.
    pub wire: String,
    /// Query or header.
    pub location: Location,
}

/// How a request body is encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyKind {
    /// `application/json`.
    Json,
    /// `multipart/form-data`.
    Multipart,
    /// `application/x-www-form-urlencoded` with an object schema.
    Form,
    /// Raw bytes of a content type.
    Binary(String),
}

/// A request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// Encoding.
    pub kind: BodyKind,
    /// Type (for binary bodies, `Binary`).
    pub ty: TypeRef,
}

/// What a successful response gives.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// Typed JSON.
    Json(TypeRef),
    /// Raw bytes (binary or free-form text).
    Bytes,
    /// Nothing.
    Unit,
}

/// How the next page is requested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    /// `after` = the last item's `id`, while `has_more`.
    LastItemId,
    /// `after` = the page's `last_id`, while `has_more`.
    LastId,
    /// `<query>` = the page's `<field>` while it is set.
    Next {
        /// Query parameter.
        query: String,
        /// Response field.
        field: String,
    },
}

/// Auto-pagination of a list operation.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// The page (response) type.
    pub page: TypeId,
    /// The item type.
    pub item: TypeRef,
    /// Cursor style.
    pub cursor: Cursor,
    /// Whether `has_more` is `Option<bool>`.
    pub has_more_optional: bool,
}

/// One API operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId` (or one made from method and path).
    pub id: String,
    /// JSON pointer.
    pub pointer: String,
    /// Uppercase HTTP method.
    pub method: String,
    /// Path template (without any fixed query).
    pub path: String,
    /// Query pairs written into the path (`/responses?beta=true`).
    pub fixed_query: Vec<(String, String)>,
    /// Resource path, snake case (`["vector_stores", "files"]`).
    pub resource: Vec<String>,
    /// Method name, snake case.
    pub name: String,
    /// Summary and description.
    pub docs: Option<String>,
    /// Why it is deprecated, when it is.
    pub deprecated: Option<String>,
    /// Path parameters in template order.
    pub path_params: Vec<PathParam>,
    /// The params struct and where each of its fields goes.
    pub params: Option<(TypeId, Vec<Param>)>,
    /// Whether some query/header parameter is required.
    pub params_required: bool,
    /// The body.
    pub body: Option<RequestBody>,
    /// Whether the body is required.
    pub body_required: bool,
    /// The response.
    pub response: Response,
    /// The event type when the operation can answer with server-sent events.
    pub stream: Option<TypeRef>,
    /// Whether the body has a boolean `stream` property.
    pub body_has_stream_flag: bool,
    /// Whether a `stream` query parameter asks for the stream (set by the
    /// config for operations whose document declares JSON only).
    pub query_stream_flag: bool,
    /// Whether each event is `{"event": <SSE event name>, "data": <data>}`
    /// (the config's `stream_envelope`).
    pub stream_envelope: bool,
    /// Whether the stream is the config's, not the document's (a mock of the
    /// document cannot serve it).
    pub stream_from_config: bool,
    /// The OpenTelemetry GenAI operation name (the config's `gen_ai`).
    pub gen_ai: Option<String>,
    /// Auto-pagination.
    pub pagination: Option<Pagination>,
    /// Cargo feature (kebab case of the top-level resource).
    pub feature: String,
    /// Every named type the operation mentions directly.
    pub roots: Vec<TypeRef>,
    /// The operation's security requirement when it differs from the
    /// document's default.
    pub security: Option<super::security::Requirement>,
    /// Arguments for calls of it: only the required ones, then every one
    /// (empty when no valid value could be built; see
    /// [`super::call_samples`]).
    pub samples: Vec<Sample>,
}

/// Arguments for one call of an operation, as JSON.
#[derive(Debug, Clone, Default)]
pub struct Sample {
    /// Path parameter values by wire name.
    pub path: Vec<(String, serde_json::Value)>,
    /// Query and header parameters by wire name.
    pub params: Option<serde_json::Value>,
    /// The body.
    pub body: Option<serde_json::Value>,
}

impl Operation {
    /// The resource as the client's path to it (`chat.completions`), when
    /// the operation is not on the client itself.
    pub fn resource_path(&self) -> Option<String> {
        (!self.resource.is_empty()).then(|| self.resource.join("."))
    }

    /// Replaces every type id the operation mentions with `f(id)`.
    pub fn map_type_ids(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        for p in &mut self.path_params {
            p.ty.map_ids(f);
        }
        if let Some((id, _)) = &mut self.params {
            *id = f(*id);
        }
        if let Some(body) = &mut self.body {
            body.ty.map_ids(f);
        }
        if let Response::Json(ty) = &mut self.response {
            ty.map_ids(f);
        }
        if let Some(ty) = &mut self.stream {
            ty.map_ids(f);
        }
        for ty in &mut self.roots {
            ty.map_ids(f);
        }
        if let Some(p) = &mut self.pagination {
            p.page = f(p.page);
            p.item.map_ids(f);
        }
    }
}

/// The media type of URL-encoded form bodies.
const FORM: &str = "application/x-www-form-urlencoded";

/// An operation as the document has it.
pub(crate) struct Raw<'a> {
    pointer: String,
    method: &'static str,
    path: String,
    fixed_query: Vec<(String, String)>,
    op: &'a Value,
    item: &'a Value,
    item_pointer: String,
}

fn split_path(raw: &str) -> (String, Vec<(String, String)>) {
    match raw.split_once('?') {
        Some((p, q)) => (
            p.to_owned(),
            q.split('&')
                .filter(|kv| !kv.is_empty())
                .map(|kv| match kv.split_once('=') {
                    Some((k, v)) => (k.to_owned(), v.to_owned()),
                    None => (kv.to_owned(), String::new()),
                })
                .collect(),
        ),
        None => (raw.to_owned(), Vec::new()),
    }
}

/// A path template segment that is a parameter (`{id}`).
pub(crate) fn is_param(seg: &str) -> bool {
    seg.starts_with('{') && seg.ends_with('}')
}

/// Builds every operation of the document.
pub fn build<'a>(doc: &'a Document, types: &mut Builder<'a>) -> Vec<Operation> {
    let mut raws = Vec::new();
    if let Some(paths) = doc.paths() {
        for (raw_path, item) in paths {
            let item_pointer = format!("/paths/{}", escape_pointer(raw_path));
            let (item, item_pointer) = match doc.deref(item, &item_pointer) {
                Ok(x) => x,
                Err(e) => {
                    types.warn(&item_pointer, e.to_string());
                    continue;
                }
            };
            let (path, fixed_query) = split_path(raw_path);
            for method in METHODS {
                if let Some(op) = item.get(method).filter(|o| o.is_object()) {
                    raws.push(Raw {
                        pointer: format!("{item_pointer}/{method}"),
                        method,
                        path: path.clone(),
                        fixed_query: fixed_query.clone(),
                        op,
                        item,
                        item_pointer: item_pointer.clone(),
                    });
                }
            }
        }
    }
    let all_paths: BTreeSet<String> = raws.iter().map(|r| r.path.clone()).collect();
    let mut methods_per_path: BTreeMap<(String, Vec<(String, String)>), usize> = BTreeMap::new();
    for r in &raws {
        *methods_per_path
            .entry((r.path.clone(), r.fixed_query.clone()))
            .or_default() += 1;
    }
    let mut op_ids = Namer::new();
    let mut ops: Vec<Operation> = raws
        .iter()
        .map(|raw| {
            let methods = methods_per_path[&(raw.path.clone(), raw.fixed_query.clone())];
            build_one(doc, types, raw, &all_paths, methods, &mut op_ids)
        })
        .collect();
    super::method_names::dedupe(&mut ops);
    ops
}

/// Builds one operation: its parameters, body and answer typed, its docs,
/// pagination and place.
fn build_one<'a>(
    doc: &'a Document,
    types: &mut Builder<'a>,
    raw: &Raw<'a>,
    all_paths: &BTreeSet<String>,
    methods: usize,
    op_ids: &mut Namer,
) -> Operation {
    let view = OperationObject::new(raw.op);
    let id = match view.operation_id() {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("{} {}", raw.method, raw.path),
    };
    // Inline types of the operation are named from it.
    let ctx = op_ids.unique(&type_name(&id, "Operation"));
    let declared = parameters::declared(
        doc,
        [(raw.item, &raw.item_pointer), (raw.op, &raw.pointer)],
        &mut |pointer, message| types.warn(pointer, message),
    );
    let path_params = types.path_params(raw, &declared, &ctx);
    let (params, params_required) = types.params_struct(raw, &declared, &ctx, &id);
    let body = types.request_body(doc, raw, &ctx);
    let answer = types.answer(doc, raw, &ctx);

    let mut roots = Vec::new();
    roots.extend(params.as_ref().map(|(id, _)| TypeRef::Named(*id)));
    roots.extend(body.body.as_ref().map(|b| b.ty.clone()));
    roots.extend(answer.stream.clone());
    if let Response::Json(ty) = &answer.response {
        roots.push(ty.clone());
    }
    let mut operation = Operation {
        id,
        pointer: raw.pointer.clone(),
        method: raw.method.to_ascii_uppercase(),
        path: raw.path.clone(),
        fixed_query: raw.fixed_query.clone(),
        resource: Vec::new(),
        name: String::new(),
        docs: operation_docs(view),
        deprecated: (view.is_deprecated())
            .then(|| crate::model::types::docs::reason(view.description())),
        path_params,
        params,
        params_required,
        body: body.body,
        body_required: body.required,
        response: answer.response,
        stream: answer.stream,
        body_has_stream_flag: body.has_stream_flag,
        query_stream_flag: false,
        stream_envelope: false,
        gen_ai: None,
        stream_from_config: false,
        pagination: None,
        feature: String::new(),
        roots,
        security: None,
        samples: Vec::new(),
    };
    operation.pagination = pagination::pagination(types.space(), &operation);
    place::place(&mut operation, all_paths, methods);
    operation
}

/// The summary and the description, each once.
fn operation_docs(op: OperationObject<'_>) -> Option<String> {
    let mut docs = String::new();
    for text in [op.summary(), op.description()] {
        if let Some(text) = text
            && !docs.contains(text)
        {
            if !docs.is_empty() {
                docs.push_str("\n\n");
            }
            docs.push_str(text);
        }
    }
    (!docs.is_empty()).then_some(docs)
}

fn is_json(ct: &str) -> bool {
    let ct = ct.split(';').next().unwrap_or(ct).trim();
    ct == "application/json" || ct.ends_with("+json")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Model;
    use serde_json::json;

    /// The model of a document with these paths.
    pub fn model_of(paths: Value) -> Model {
        let doc = Document::new(json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": paths
        }))
        .expect("document");
        Model::build(&doc)
    }

    #[test]
    fn ids_docs_and_fixed_queries() {
        let m = model_of(json!({
            "/a?beta=true": {"post": {"summary": "Make one.", "description": "Make one.",
                "deprecated": true, "responses": {"204": {"description": "none"}}}}
        }));
        let op = &m.operations[0];
        assert_eq!(op.id, "post /a");
        assert_eq!(op.path, "/a");
        assert_eq!(op.fixed_query, [("beta".to_owned(), "true".to_owned())]);
        assert_eq!(op.docs.as_deref(), Some("Make one."));
        assert_eq!(op.deprecated.as_deref(), Some("Deprecated by the API."));
        assert!(is_json("application/merge-patch+json; charset=utf-8"));
        assert!(!is_json("text/plain"));
    }
}
