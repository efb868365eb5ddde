//! Operations: parameters, bodies and responses typed through the type
//! space, and the place of each operation in the resource tree
//! (`/vector_stores/{id}/files` -> `vector_stores().files().list(id, ..)`).

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

use super::names::{Namer, field_name, type_name};
use super::types::{Builder, Field, Struct, TypeDef, TypeId, TypeKind, TypeRef, docs_of};
use crate::load::{Document, METHODS, escape_pointer};

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

/// Arguments for one call of an operation, as JSON (conformance tests).
#[derive(Debug, Clone, Default)]
pub struct Sample {
    /// Path parameter values by wire name.
    pub path: Vec<(String, serde_json::Value)>,
    /// Query and header parameters by wire name.
    pub params: Option<serde_json::Value>,
    /// The body.
    pub body: Option<serde_json::Value>,
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
    /// `deprecated: true`.
    pub deprecated: bool,
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
    /// Auto-pagination.
    pub pagination: Option<Pagination>,
    /// Cargo feature (kebab case of the top-level resource).
    pub feature: String,
    /// Every named type the operation mentions directly.
    pub roots: Vec<TypeRef>,
    /// Valid arguments: only the required ones, then every one. Empty when
    /// no valid value could be built.
    pub samples: Vec<Sample>,
    /// The operation's security requirement when it differs from the
    /// document's default.
    pub security: Option<super::security::Requirement>,
}

impl Operation {
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

struct Raw<'a> {
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

fn is_param(seg: &str) -> bool {
    seg.starts_with('{') && seg.ends_with('}')
}

/// Builds every operation of the document.
pub fn build<'a>(doc: &'a Document, types: &mut Builder<'a>) -> Vec<Operation> {
    let mut raws = Vec::new();
    if let Some(Value::Object(paths)) = doc.pointer("/paths") {
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

fn build_one<'a>(
    doc: &'a Document,
    types: &mut Builder<'a>,
    raw: &Raw<'a>,
    all_paths: &BTreeSet<String>,
    methods: usize,
    op_ids: &mut Namer,
) -> Operation {
    let op = raw.op;
    let id = match op.get("operationId").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("{} {}", raw.method, raw.path),
    };
    let ctx = op_ids.unique(&type_name(&id, "Operation"));
    let mut roots = Vec::new();

    // Parameters: path-level first, operation-level overriding.
    let mut params: BTreeMap<(String, String), (&'a Value, String)> = BTreeMap::new();
    let mut order: Vec<(String, String)> = Vec::new();
    for (owner, owner_ptr) in [
        (raw.item, raw.item_pointer.as_str()),
        (op, raw.pointer.as_str()),
    ] {
        if let Some(Value::Array(list)) = owner.get("parameters") {
            for (i, p) in list.iter().enumerate() {
                let ptr = format!("{owner_ptr}/parameters/{i}");
                let (p, ptr) = match doc.deref(p, &ptr) {
                    Ok(x) => x,
                    Err(e) => {
                        types.warn(&ptr, e.to_string());
                        continue;
                    }
                };
                let name = p
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let location = p
                    .get("in")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                if name.is_empty() {
                    types.warn(&ptr, "parameter without a name is ignored");
                    continue;
                }
                let key = (location, name);
                if !order.contains(&key) {
                    order.push(key.clone());
                }
                params.insert(key, (p, ptr));
            }
        }
    }

    let declared = params.clone();
    let mut path_params = Vec::new();
    let mut arg_names = Namer::new();
    for arg in ["body", "params", "self"] {
        arg_names.reserve(arg);
    }
    for seg in raw.path.split('/').filter(|s| is_param(s)) {
        let wire = &seg[1..seg.len() - 1];
        let (ty, docs) = match params.get(&("path".to_owned(), wire.to_owned())) {
            Some((p, ptr)) => {
                let ty = match p.get("schema") {
                    Some(s) => types.type_of(
                        s,
                        &format!("{ptr}/schema"),
                        &format!("{ctx}{}", type_name(wire, "Param")),
                        0,
                    ),
                    None => TypeRef::String,
                };
                (ty, docs_of(p))
            }
            None => {
                types.warn(
                    &raw.pointer,
                    format!("path parameter `{wire}` is not declared; taking it as a string"),
                );
                (TypeRef::String, None)
            }
        };
        path_params.push(PathParam {
            name: arg_names.unique(&field_name(wire, "param")),
            wire: wire.to_owned(),
            ty,
            docs,
        });
    }

    // Query and header parameters become one params struct.
    let mut fields = Vec::new();
    let mut located = Vec::new();
    let mut field_names = Namer::new();
    field_names.reserve("new");
    for key in &order {
        let location = match key.0.as_str() {
            "query" => Location::Query,
            "header" => Location::Header,
            "path" => continue,
            other => {
                types.warn(
                    &params[key].1,
                    format!(
                        "`{other}` parameters are not supported; pass them with request options"
                    ),
                );
                continue;
            }
        };
        if location == Location::Header
            && ["accept", "content-type", "authorization"]
                .contains(&key.1.to_ascii_lowercase().as_str())
        {
            continue;
        }
        let (p, ptr) = &params[key];
        let ty = match p.get("schema") {
            Some(s) => types.type_of(
                s,
                &format!("{ptr}/schema"),
                &format!("{ctx}{}", type_name(&key.1, "Param")),
                0,
            ),
            None => TypeRef::String,
        };
        located.push(Param {
            field: fields.len(),
            wire: key.1.clone(),
            location,
        });
        fields.push(Field {
            name: field_names.unique(&field_name(&key.1, "param")),
            wire: key.1.clone(),
            ty,
            required: p.get("required") == Some(&Value::Bool(true)),
            docs: docs_of(p),
            deprecated: p.get("deprecated") == Some(&Value::Bool(true)),
            boxed: false,
            flatten: false,
        });
    }
    let params_required = fields.iter().any(|f| f.required);
    let params = (!fields.is_empty()).then(|| {
        let id = types.define_struct(
            &format!("{}/x-params", raw.pointer),
            &format!("{ctx}Params"),
            Some(format!("Query and header parameters of `{id}`.")),
            Struct {
                fields,
                additional: None,
                alternatives: Vec::new(),
            },
        );
        roots.push(TypeRef::Named(id));
        (id, located)
    });

    // Body.
    let mut body = None;
    let mut body_schema: Option<(&'a Value, String)> = None;
    let mut body_required = false;
    let mut body_has_stream_flag = false;
    if let Some(rb) = op.get("requestBody") {
        let rb_ptr = format!("{}/requestBody", raw.pointer);
        if let Ok((rb, rb_ptr)) = doc
            .deref(rb, &rb_ptr)
            .map_err(|e| types.warn(&rb_ptr, e.to_string()))
        {
            body_required = rb.get("required") == Some(&Value::Bool(true));
            if let Some(Value::Object(content)) = rb.get("content") {
                let pick = content
                    .keys()
                    .find(|k| k.starts_with("multipart/form-data"))
                    .or_else(|| content.keys().find(|k| is_json(k)))
                    .or_else(|| content.keys().find(|k| k.starts_with(FORM)))
                    .or_else(|| content.keys().next());
                if let Some(ct) = pick {
                    let media_ptr = format!("{rb_ptr}/content/{}", escape_pointer(ct));
                    let schema = content[ct].get("schema");
                    let kind = if ct.starts_with("multipart/form-data") {
                        BodyKind::Multipart
                    } else if is_json(ct) {
                        BodyKind::Json
                    } else if ct.starts_with(FORM)
                        && schema.and_then(|s| s.get("type")).and_then(Value::as_str)
                            == Some("object")
                    {
                        BodyKind::Form
                    } else {
                        BodyKind::Binary(ct.clone())
                    };
                    if let Some(schema) = schema {
                        body_schema = Some((schema, format!("{media_ptr}/schema")));
                    }
                    let ty = match (&kind, schema) {
                        (BodyKind::Binary(_), _) => TypeRef::Binary,
                        (_, Some(s)) => types.type_of(
                            s,
                            &format!("{media_ptr}/schema"),
                            &format!("{ctx}Request"),
                            0,
                        ),
                        (_, None) => TypeRef::Any,
                    };
                    if kind == BodyKind::Multipart && types.space().as_struct(&ty).is_none() {
                        types.warn(
                            &media_ptr,
                            "multipart body is not an object; sent as JSON fields of a form",
                        );
                    }
                    if let Some((_, s)) = types.space().as_struct(&ty) {
                        body_has_stream_flag = s.fields.iter().any(|f| {
                            f.wire == "stream"
                                && matches!(types.space().resolve(&f.ty), TypeRef::Bool)
                        });
                    }
                    roots.push(ty.clone());
                    body = Some(RequestBody { kind, ty });
                }
            }
        }
    }

    // Response.
    let mut response = Response::Unit;
    let mut stream = None;
    if let Some(Value::Object(responses)) = op.get("responses") {
        let success = responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .min_by_key(|(code, _)| code.to_string());
        if let Some((code, resp)) = success {
            let resp_ptr = format!("{}/responses/{code}", raw.pointer);
            if let Ok((resp, resp_ptr)) = doc
                .deref(resp, &resp_ptr)
                .map_err(|e| types.warn(&resp_ptr, e.to_string()))
                && let Some(Value::Object(content)) = resp.get("content")
            {
                let mut json = None;
                let mut binary = false;
                for (ct, media) in content {
                    let media_ptr = format!("{resp_ptr}/content/{}", escape_pointer(ct));
                    if ct.starts_with("text/event-stream") {
                        let ty = match media.get("schema") {
                            Some(s) => types.type_of(
                                s,
                                &format!("{media_ptr}/schema"),
                                &format!("{ctx}Event"),
                                0,
                            ),
                            None => TypeRef::Any,
                        };
                        roots.push(ty.clone());
                        stream = Some(ty);
                    } else if is_json(ct) {
                        if let Some(s) = media.get("schema") {
                            json = Some(types.type_of(
                                s,
                                &format!("{media_ptr}/schema"),
                                &format!("{ctx}Response"),
                                0,
                            ));
                        } else {
                            json = Some(TypeRef::Any);
                        }
                    } else {
                        binary = true;
                    }
                }
                response = match json {
                    _ if binary => Response::Bytes,
                    // A bare string "JSON" answer is a file's text.
                    Some(ty) if matches!(types.space().resolve(&ty), TypeRef::String) => {
                        Response::Bytes
                    }
                    Some(ty) => {
                        roots.push(ty.clone());
                        Response::Json(ty)
                    }
                    None => Response::Unit,
                };
            }
        }
    }

    let statics: Vec<&str> = raw
        .path
        .split('/')
        .filter(|s| !s.is_empty() && !is_param(s))
        .collect();
    let feature = statics
        .first()
        .map(|s| field_name(s, "root").replace('_', "-"))
        .unwrap_or_else(|| "root".to_owned());

    let mut docs = String::new();
    for key in ["summary", "description"] {
        if let Some(text) = op
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            && !docs.contains(text)
        {
            if !docs.is_empty() {
                docs.push_str("\n\n");
            }
            docs.push_str(text);
        }
    }

    let samples = sample_arguments(doc, &raw.path, &order, &declared, body_schema.as_ref());

    let mut operation = Operation {
        id,
        pointer: raw.pointer.clone(),
        method: raw.method.to_ascii_uppercase(),
        path: raw.path.clone(),
        fixed_query: raw.fixed_query.clone(),
        resource: Vec::new(),
        name: String::new(),
        docs: (!docs.is_empty()).then_some(docs),
        deprecated: op.get("deprecated") == Some(&Value::Bool(true)),
        path_params,
        params,
        params_required,
        body,
        body_required,
        response,
        stream,
        body_has_stream_flag,
        query_stream_flag: false,
        stream_envelope: false,
        stream_from_config: false,
        pagination: None,
        feature,
        roots,
        samples,
        security: None,
    };
    operation.pagination = pagination(types, &operation);
    place(&mut operation, all_paths, methods);
    operation
}

/// Valid arguments for the required-only and the every-parameter calls.
fn sample_arguments<'a>(
    doc: &'a Document,
    path: &str,
    order: &[(String, String)],
    params: &BTreeMap<(String, String), (&'a Value, String)>,
    body: Option<&(&'a Value, String)>,
) -> Vec<Sample> {
    use super::samples::{Fill, Sampler};
    let mut sampler = Sampler::new(doc);
    let mut out = Vec::new();
    for fill in [Fill::Required, Fill::Full] {
        let mut sample = Sample::default();
        for seg in path.split('/').filter(|s| is_param(s)) {
            let wire = &seg[1..seg.len() - 1];
            let value = params
                .get(&("path".to_owned(), wire.to_owned()))
                .and_then(|(p, ptr)| p.get("schema").map(|s| (s, format!("{ptr}/schema"))))
                .and_then(|(s, ptr)| sampler.sample(s, &ptr, Fill::Required, wire))
                .unwrap_or_else(|| Value::String(format!("{wire}_1")));
            sample.path.push((wire.to_owned(), value));
        }
        let mut map = serde_json::Map::new();
        for key in order {
            if key.0 != "query" && key.0 != "header" {
                continue;
            }
            let (p, ptr) = &params[key];
            let required = p.get("required") == Some(&Value::Bool(true));
            if !required && fill == Fill::Required {
                continue;
            }
            let value = p
                .get("schema")
                .and_then(|s| sampler.sample(s, &format!("{ptr}/schema"), Fill::Required, &key.1));
            match value {
                Some(v) => {
                    map.insert(key.1.clone(), v);
                }
                None if required => return Vec::new(),
                None => {}
            }
        }
        sample.params = Some(Value::Object(map));
        if let Some((schema, ptr)) = body {
            match sampler.sample(schema, ptr, fill, "body") {
                Some(v) => sample.body = Some(v),
                None => return Vec::new(),
            }
        }
        out.push(sample);
    }
    out
}

fn is_json(ct: &str) -> bool {
    let ct = ct.split(';').next().unwrap_or(ct).trim();
    ct == "application/json" || ct.ends_with("+json")
}

/// The resource path and a structural method name.
fn place(op: &mut Operation, all_paths: &BTreeSet<String>, methods: usize) {
    let segs: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
    let mut statics: Vec<String> = segs
        .iter()
        .filter(|s| !is_param(s))
        .map(|s| field_name(s, "root"))
        .collect();
    let last_is_param = segs.last().is_some_and(|s| is_param(s));
    let extended = all_paths.iter().any(|p| {
        p.len() > op.path.len() && p.starts_with(&op.path) && p.as_bytes()[op.path.len()] == b'/'
    });
    let parent = segs
        .len()
        .checked_sub(1)
        .map(|n| format!("/{}", segs[..n].join("/")));
    let is_action = !last_is_param
        && !extended
        && segs.len() >= 2
        && (is_param(segs[segs.len() - 2])
            || parent.as_ref().is_some_and(|p| all_paths.contains(p)));
    // A path below an item with several methods is a singleton resource
    // (`/projects/{id}/spend_limit`: retrieve, update, delete).
    let singleton = is_action && methods > 1 && segs.len() >= 2 && is_param(segs[segs.len() - 2]);
    let verb = op.method.to_ascii_lowercase();
    // A page of things below an item is a resource of its own
    // (`/chat/completions/{id}/messages`: `messages().list(id)`).
    let listing = is_action && verb == "get" && op.pagination.is_some();
    let is_action = is_action && !singleton && !listing;
    let from_verb = !is_action || singleton;
    op.name = if singleton {
        match verb.as_str() {
            "get" => "retrieve",
            "post" | "put" | "patch" => "update",
            "delete" => "delete",
            other => other,
        }
        .to_owned()
    } else if is_action {
        statics.pop().unwrap_or_default()
    } else if last_is_param {
        match verb.as_str() {
            "get" => "retrieve",
            "post" | "patch" => "update",
            "put" => "replace",
            "delete" => "delete",
            other => other,
        }
        .to_owned()
    } else {
        match verb.as_str() {
            "get" if op.pagination.is_some() || is_list(op) => "list",
            "get" => "retrieve",
            "post" => "create",
            "put" | "patch" => "update",
            "delete" => "delete",
            other => other,
        }
        .to_owned()
    };
    if from_verb
        && let Some(name) =
            super::method_names::from_operation_id(&op.id, &op.name, &segs, &op.fixed_query)
    {
        op.name = name;
    }
    if statics.is_empty() {
        statics.push("root".to_owned());
    }
    // `/responses?beta=true` is another API than `/responses`: it lives under
    // its own namespace (`client.beta().responses()`).
    for (key, _) in op.fixed_query.iter().rev() {
        statics.insert(0, field_name(key, "variant"));
    }
    op.feature = statics[0].replace('_', "-");
    op.resource = statics;
}

fn is_list(op: &Operation) -> bool {
    op.id.to_ascii_lowercase().starts_with("list")
}

fn pagination(types: &Builder<'_>, op: &Operation) -> Option<Pagination> {
    if op.method != "GET" {
        return None;
    }
    let Response::Json(ty) = &op.response else {
        return None;
    };
    let space = types.space();
    let (page, s) = space.as_struct(ty)?;
    let field = |name: &str| s.fields.iter().find(|f| f.wire == name);
    let query = |name: &str| {
        op.params.as_ref().is_some_and(|(id, ps)| {
            ps.iter()
                .any(|p| p.wire == name && p.location == super::operations::Location::Query)
                && matches!(&space.types[*id].kind, TypeKind::Struct(_))
        })
    };
    let data = field("data")?;
    let TypeRef::Array(item) = space.resolve(&data.ty) else {
        return None;
    };
    let item = (**item).clone();
    let has_more = field("has_more").filter(|h| matches!(space.resolve(&h.ty), TypeRef::Bool));
    let has_more_optional = has_more.is_some_and(|h| !h.required || space.is_nullable(&h.ty));
    if has_more.is_some() && query("after") {
        let cursor =
            if field("last_id").is_some_and(|f| matches!(space.resolve(&f.ty), TypeRef::String)) {
                Some(Cursor::LastId)
            } else if space.as_struct(&item).is_some_and(|(_, it)| {
                it.fields
                    .iter()
                    .any(|f| f.wire == "id" && f.required && f.ty == TypeRef::String)
            }) {
                Some(Cursor::LastItemId)
            } else {
                None
            };
        // Without an id to continue from, a `next` cursor may still serve.
        if let Some(cursor) = cursor {
            return Some(Pagination {
                page,
                item,
                cursor,
                has_more_optional,
            });
        }
    }
    for (q, f) in [
        ("page", "next_page"),
        ("after", "next"),
        ("cursor", "next_cursor"),
    ] {
        if query(q) && field(f).is_some_and(|fd| matches!(space.resolve(&fd.ty), TypeRef::String)) {
            return Some(Pagination {
                page,
                item,
                cursor: Cursor::Next {
                    query: q.to_owned(),
                    field: f.to_owned(),
                },
                has_more_optional,
            });
        }
    }
    None
}

impl<'a> Builder<'a> {
    /// Defines a struct that the spec does not name (params structs).
    pub fn define_struct(
        &mut self,
        pointer: &str,
        base: &str,
        docs: Option<String>,
        s: Struct,
    ) -> TypeId {
        let id = self.reserve_type(pointer, base);
        let def: &mut TypeDef = self.type_mut(id);
        def.docs = docs;
        def.kind = TypeKind::Struct(s);
        id
    }
}
