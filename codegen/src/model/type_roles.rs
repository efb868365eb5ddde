//! The roles a type plays that change how it is printed, recorded on its
//! [`TypeFacts`](super::types::TypeFacts): used by a multipart body (a
//! `ToForm` impl), a struct variant of an untagged union (its required
//! fields stay required), received from the server (`#[non_exhaustive]`),
//! and a struct that tagged unions hold as an `Object` variant (the tag
//! properties handed to it).

use std::collections::{BTreeMap, BTreeSet};

use super::operations::BodyKind;
use super::types::{TypeKind, TypeRef, TypeSpace};
use super::{Model, TypeId};

impl Model {
    /// Records every type's roles (after the passes that add operations,
    /// sockets or streams).
    pub fn assign_roles(&mut self) {
        let multipart: BTreeSet<TypeId> = (self.operations.iter())
            .filter_map(|op| op.body.as_ref())
            .filter(|b| b.kind == BodyKind::Multipart)
            .filter_map(|b| self.types.as_struct(&b.ty).map(|(id, _)| id))
            .collect();
        let strict = untagged_variants(&self.types);
        let received = self.received_types();
        let mut tags = tagged_variants(&self.types);
        for id in self.types.ids() {
            let facts = &mut self.types[id].facts;
            facts.multipart = multipart.contains(&id);
            facts.strict = strict.contains(&id);
            facts.received = received.contains(&id);
            facts.tags = tags.remove(&id).unwrap_or_default();
        }
    }
}

/// Structs that are direct variants of untagged unions: their required
/// fields must stay required, or any object would match them.
fn untagged_variants(space: &TypeSpace) -> BTreeSet<TypeId> {
    let mut out = BTreeSet::new();
    for (_, def) in space.iter() {
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

/// For each struct that is an `Object` variant of tagged unions, the tag
/// properties of those unions.
fn tagged_variants(space: &TypeSpace) -> BTreeMap<TypeId, BTreeSet<String>> {
    let mut out: BTreeMap<TypeId, BTreeSet<String>> = BTreeMap::new();
    for (_, def) in space.iter() {
        let TypeKind::Union(u) = &def.kind else {
            continue;
        };
        let Some(tag) = &u.tag else {
            continue;
        };
        for v in u.variants.iter().filter(|v| !v.tags.is_empty()) {
            if let Some(id) = space.object_payload(&v.ty) {
                out.entry(id).or_default().insert(tag.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::model::Model;
    use serde_json::json;

    #[test]
    fn roles_are_recorded_on_each_type() {
        let doc = Document::new(json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/files": {"post": {
                    "operationId": "upload",
                    "requestBody": {"content": {"multipart/form-data": {"schema": {
                        "$ref": "#/components/schemas/Upload"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/Shape"}}}}}}},
                "/any": {"post": {
                    "operationId": "sendAny",
                    "requestBody": {"content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/Either"}}}},
                    "responses": {"204": {"description": "none"}}}}},
            "components": {"schemas": {
                "Upload": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}},
                "Circle": {"type": "object", "required": ["kind"], "properties": {
                    "kind": {"type": "string", "enum": ["circle"]}, "r": {"type": "number"}}},
                "Square": {"type": "object", "required": ["kind"], "properties": {
                    "kind": {"type": "string", "enum": ["square"]}, "side": {"type": "number"}}},
                "Shape": {"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
                    "discriminator": {"propertyName": "kind"}},
                "A": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
                "B": {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}},
                "Either": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
            }}
        }))
        .expect("document");
        let mut m = Model::build(&doc);
        m.assign_roles();
        let facts = |name: &str| &m.types[m.types.by_name(name).expect(name)].facts;
        assert!(facts("Upload").multipart && !facts("Upload").received);
        assert!(facts("Circle").received && facts("Shape").received);
        assert!(facts("Circle").tags.contains("kind"));
        assert!(facts("A").strict && facts("B").strict && !facts("A").received);
        assert!(!facts("Circle").strict && facts("Upload").tags.is_empty());
    }
}
