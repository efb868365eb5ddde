//! Parameters of an operation: those of its path item and its own (its own
//! win), the path parameters in template order, and the query and header
//! parameters as the fields of one params struct.

use serde_json::Value;
use std::collections::BTreeMap;

use super::{Location, Param, PathParam, Raw, is_param};
use crate::load::{Document, OperationObject, ParameterObject};
use crate::model::names::{Namer, field_name, type_name};
use crate::model::types::{
    Builder, Field, Struct, TypeDef, TypeId, TypeKind, TypeRef, deprecation, property_docs,
};

/// `(location, name)` of a parameter.
pub type Key = (String, String);

/// The parameters an operation declares, resolved.
#[derive(Debug, Default)]
pub struct Declared<'a> {
    /// Keys in declaration order (path item first).
    pub order: Vec<Key>,
    /// Each parameter and its pointer.
    pub by_key: BTreeMap<Key, (&'a Value, String)>,
}

impl<'a> Declared<'a> {
    /// The parameter `wire` of the path, if declared.
    pub fn path(&self, wire: &str) -> Option<&(&'a Value, String)> {
        self.by_key.get(&("path".to_owned(), wire.to_owned()))
    }
}

/// The parameters of the path item `item` and of the operation `op`;
/// problems are reported through `warn`.
pub fn declared<'a>(
    doc: &'a Document,
    owners: [(&'a Value, &str); 2],
    warn: &mut dyn FnMut(&str, String),
) -> Declared<'a> {
    let mut out = Declared::default();
    for (owner, owner_ptr) in owners {
        for (i, p) in OperationObject::new(owner).parameters().iter().enumerate() {
            let ptr = format!("{owner_ptr}/parameters/{i}");
            let (p, ptr) = match doc.deref(p, &ptr) {
                Ok(x) => x,
                Err(e) => {
                    warn(&ptr, e.to_string());
                    continue;
                }
            };
            let view = ParameterObject::new(p);
            let (name, location) = (view.name().to_owned(), view.location().to_owned());
            if name.is_empty() {
                warn(&ptr, "parameter without a name is ignored".into());
                continue;
            }
            let key = (location, name);
            if !out.order.contains(&key) {
                out.order.push(key.clone());
            }
            out.by_key.insert(key, (p, ptr));
        }
    }
    out
}

impl<'a> Builder<'a> {
    /// The path parameters of `raw`, in template order.
    pub(super) fn path_params(
        &mut self,
        raw: &Raw<'a>,
        declared: &Declared<'a>,
        ctx: &str,
    ) -> Vec<PathParam> {
        let mut names = Namer::new();
        for arg in ["body", "params", "self"] {
            names.reserve(arg);
        }
        let mut out = Vec::new();
        for seg in raw.path.split('/').filter(|s| is_param(s)) {
            let wire = &seg[1..seg.len() - 1];
            let (ty, docs) = match declared.path(wire) {
                Some((p, ptr)) => {
                    let ty = match ParameterObject::new(p).schema() {
                        Some(s) => self.type_of(
                            s,
                            &format!("{ptr}/schema"),
                            &format!("{ctx}{}", type_name(wire, "Param")),
                            0,
                        ),
                        None => TypeRef::String,
                    };
                    (ty, parameter_docs(self.doc, p))
                }
                None => {
                    self.warn(
                        &raw.pointer,
                        format!("path parameter `{wire}` is not declared; taking it as a string"),
                    );
                    (TypeRef::String, None)
                }
            };
            out.push(PathParam {
                name: names.unique(&field_name(wire, "param")),
                wire: wire.to_owned(),
                ty,
                docs,
            });
        }
        out
    }

    /// The params struct of the query and header parameters (named
    /// `{ctx}Params`), where each field goes, and whether one is required.
    pub(super) fn params_struct(
        &mut self,
        raw: &Raw<'a>,
        declared: &Declared<'a>,
        ctx: &str,
        id: &str,
    ) -> (Option<(TypeId, Vec<Param>)>, bool) {
        let mut fields = Vec::new();
        let mut located = Vec::new();
        let mut names = Namer::new();
        names.reserve("new");
        for key in &declared.order {
            let (p, ptr) = &declared.by_key[key];
            let location = match key.0.as_str() {
                "query" => Location::Query,
                "header" => Location::Header,
                "path" => continue,
                other => {
                    self.warn(
                        ptr,
                        format!(
                            "`{other}` parameters are not supported; pass them with request options"
                        ),
                    );
                    continue;
                }
            };
            // The transport sets these.
            if location == Location::Header
                && ["accept", "content-type", "authorization"]
                    .contains(&key.1.to_ascii_lowercase().as_str())
            {
                continue;
            }
            let view = ParameterObject::new(p);
            let ty = match view.schema() {
                Some(s) => self.type_of(
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
                name: names.unique(&field_name(&key.1, "param")),
                wire: key.1.clone(),
                pointer: ptr.clone(),
                ty,
                required: view.is_required(),
                docs: parameter_docs(self.doc, p),
                deprecated: parameter_deprecation(p),
                boxed: false,
                flatten: false,
            });
        }
        let required = fields.iter().any(|f| f.required);
        let params = (!fields.is_empty()).then(|| {
            let id = self.define_struct(
                &format!("{}/x-params", raw.pointer),
                &format!("{ctx}Params"),
                Some(format!("Query and header parameters of `{id}`.")),
                Struct {
                    fields,
                    additional: None,
                    alternatives: Vec::new(),
                },
            );
            (id, located)
        });
        (params, required)
    }

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

/// A parameter's docs: its own description, else its schema's.
fn parameter_docs(doc: &Document, p: &Value) -> Option<String> {
    let p = ParameterObject::new(p);
    match (p.docs(), p.schema()) {
        (Some(own), _) => Some(own.to_owned()),
        (None, Some(schema)) => property_docs(doc, schema),
        (None, None) => None,
    }
}

/// Why a parameter is deprecated, when it (or its schema) is.
fn parameter_deprecation(p: &Value) -> Option<String> {
    let p = ParameterObject::new(p);
    if p.is_deprecated() {
        return Some(crate::model::types::docs::reason(p.description()));
    }
    p.schema().and_then(deprecation)
}

#[cfg(test)]
mod tests {
    use crate::model::operations::tests::model_of;
    use crate::model::operations::{Location, Operation};
    use crate::model::types::TypeKind;
    use serde_json::json;

    fn op() -> (crate::model::Model, Operation) {
        let model = model_of(json!({
            "/things/{thing_id}": {
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}, "description": "old"}],
                "get": {"operationId": "getThing", "parameters": [
                    {"name": "limit", "in": "query", "required": true, "schema": {"type": "integer"}},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    {"name": "Accept", "in": "header", "schema": {"type": "string"}},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    {"in": "query"}],
                    "responses": {"204": {"description": "none"}}}}
        }));
        let op = model.operations[0].clone();
        (model, op)
    }

    #[test]
    fn the_operation_s_parameters_override_the_path_item_s() {
        let (model, op) = op();
        assert_eq!(op.path_params.len(), 1);
        assert_eq!(op.path_params[0].name, "thing_id");
        let (id, params) = op.params.expect("params");
        let wires: Vec<_> = params
            .iter()
            .map(|p| (p.wire.as_str(), p.location))
            .collect();
        assert_eq!(
            wires,
            [("limit", Location::Query), ("X-Trace", Location::Header)]
        );
        assert!(op.params_required);
        let TypeKind::Struct(s) = &model.types[id].kind else {
            panic!("params struct");
        };
        assert_eq!(model.types[id].name, "GetThingParams");
        assert!(s.fields[0].required && s.fields[0].docs.is_none());
        assert_eq!(s.fields[1].name, "x_trace");
    }

    #[test]
    fn unsupported_and_nameless_parameters_are_warned_about() {
        let (model, _) = op();
        let messages: Vec<_> = model.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("`cookie` parameters are not supported"))
        );
        assert!(messages.contains(&"parameter without a name is ignored"));
    }
}
