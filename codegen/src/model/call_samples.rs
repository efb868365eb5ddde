//! Arguments for calls of each operation, as JSON: one call with only the
//! required arguments, one with every parameter. The conformance tests send
//! them to a mock of the document, and the docs of each method show the
//! first; they are built from the document with [`super::samples`], apart
//! from the operation model.

use serde_json::Value;

use super::Model;
pub use super::operations::Sample;
use super::operations::{BodyKind, Operation, Response, body, is_param, parameters};
use super::samples::{Fill, Sampler};
use super::types::TypeRef;
use crate::load::{Document, ParameterObject};

impl Model {
    /// Builds the call samples of every operation from `doc`.
    pub fn add_samples(&mut self, doc: &Document) {
        for op in &mut self.operations {
            op.samples = for_operation(doc, op);
        }
    }

    /// The operation a types crate's front page shows, with the feature
    /// its body and answer types both need (none when they need none): the
    /// first that sends a JSON body and answers JSON, among the model calls
    /// (`gen_ai`) first, whose samples build its body.
    pub fn showcase(&self) -> Option<(&Operation, Option<String>)> {
        let fits = |op: &&Operation| {
            op.body.as_ref().is_some_and(|b| b.kind == BodyKind::Json)
                && matches!(op.response, Response::Json(TypeRef::Named(_)))
                && op.samples.first().is_some_and(|s| s.body.is_some())
        };
        let op = (self.operations.iter())
            .filter(|op| op.gen_ai.is_some())
            .find(fits)
            .or_else(|| self.operations.iter().find(fits))?;
        let (Some(body), Response::Json(TypeRef::Named(answer))) = (&op.body, &op.response) else {
            return None;
        };
        let needs = |ty: &TypeRef| match self.types.resolve(ty) {
            TypeRef::Named(id) => self.types[*id].facts.features.clone(),
            _ => Default::default(),
        };
        let (body, answer) = (needs(&body.ty), needs(&TypeRef::Named(*answer)));
        let feature = match (body.is_empty(), answer.is_empty()) {
            (true, true) => None,
            (false, true) => body.first().cloned(),
            (true, false) => answer.first().cloned(),
            (false, false) => Some(body.intersection(&answer).next().cloned()?),
        };
        Some((op, feature))
    }
}

/// Valid arguments for the required-only and the every-parameter calls.
pub fn for_operation(doc: &Document, op: &Operation) -> Vec<Sample> {
    let Some(op_value) = doc.pointer(&op.pointer) else {
        return Vec::new();
    };
    // The path item is the parent of the operation's pointer.
    let item_pointer = op.pointer.rsplit_once('/').map_or("", |(item, _)| item);
    let item = doc.pointer(item_pointer).unwrap_or(&Value::Null);
    let params = parameters::declared(
        doc,
        [(item, item_pointer), (op_value, &op.pointer)],
        &mut |_, _| {},
    );
    let body = match body::media(doc, op_value, &op.pointer) {
        Ok(Some((media, _))) => media.schema,
        _ => None,
    };
    let path = op.path.as_str();
    let mut sampler = Sampler::new(doc);
    let mut out = Vec::new();
    for fill in [Fill::Required, Fill::Full] {
        let mut sample = Sample::default();
        for seg in path.split('/').filter(|s| is_param(s)) {
            let wire = &seg[1..seg.len() - 1];
            let value = params
                .path(wire)
                .and_then(|(p, ptr)| {
                    let schema = ParameterObject::new(p).schema()?;
                    Some((schema, format!("{ptr}/schema")))
                })
                .and_then(|(s, ptr)| sampler.sample(s, &ptr, Fill::Required, wire))
                .unwrap_or_else(|| Value::String(format!("{wire}_1")));
            sample.path.push((wire.to_owned(), value));
        }
        let mut map = serde_json::Map::new();
        for key in &params.order {
            if key.0 != "query" && key.0 != "header" {
                continue;
            }
            let (p, ptr) = &params.by_key[key];
            let required = ParameterObject::new(p).is_required();
            if !required && fill == Fill::Required {
                continue;
            }
            let value = ParameterObject::new(p)
                .schema()
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
        if let Some((schema, ptr)) = &body {
            match sampler.sample(schema, ptr, fill, "body") {
                Some(v) => sample.body = Some(v),
                None => return Vec::new(),
            }
        }
        out.push(sample);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::model::Model;
    use serde_json::json;

    #[test]
    fn a_required_call_and_a_full_call() {
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/things/{id}": {"post": {
                "operationId": "update",
                "parameters": [
                    {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "example": "t_1"}},
                    {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "mode", "in": "query", "required": true, "schema": {"enum": ["a", "b"]}}],
                "requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string"}, "note": {"type": "string"}}}}}},
                "responses": {"204": {"description": "none"}}}}}
        }))
        .expect("document");
        let model = Model::build(&doc);
        let samples = &model.operations[0].samples;
        assert_eq!(samples.len(), 2);
        let (required, full) = (&samples[0], &samples[1]);
        assert_eq!(required.path, [("id".to_owned(), json!("t_1"))]);
        assert_eq!(required.params, Some(json!({"mode": "a"})));
        assert!(full.params.as_ref().unwrap().get("dry_run").is_some());
        assert!(required.body.as_ref().unwrap().get("note").is_none());
        assert!(full.body.as_ref().unwrap().get("note").is_some());
    }

    #[test]
    fn the_showcase_is_the_first_json_call_model_calls_first() {
        // Each with types of its own (equal ones would be shared).
        let op = |id: &str, tag: &str| {
            json!({"post": {
                "operationId": id, "tags": [tag],
                "requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "required": [id],
                    "properties": {id: {"type": "string"}}}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "object", "properties": {tag: {"type": "string"}}}}}}}}})
        };
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {
                "/raw": {"post": {"operationId": "raw", "tags": ["Files"],
                    "requestBody": {"content": {"application/octet-stream": {
                        "schema": {"type": "string", "format": "binary"}}}},
                    "responses": {"200": {"description": "ok"}}}},
                "/notes": op("createNote", "Notes"),
                "/chat": op("chat", "Chat")
            }
        }))
        .expect("document");
        let mut model = Model::build(&doc);
        let (first, feature) = model.showcase().expect("a showcase");
        assert_eq!(
            (first.id.as_str(), feature.as_deref()),
            ("createNote", Some("notes"))
        );
        let chat = model
            .operations
            .iter()
            .position(|o| o.id == "chat")
            .unwrap();
        model.operations[chat].gen_ai = Some("chat".into());
        let (first, feature) = model.showcase().expect("a showcase");
        assert_eq!(
            (first.id.as_str(), feature.as_deref()),
            ("chat", Some("chat"))
        );
    }
}
