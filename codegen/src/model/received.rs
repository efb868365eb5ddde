//! Which way types travel. Received: everything reachable from a response
//! body, a stream event, a webhook payload or a WebSocket server event;
//! their structs are `#[non_exhaustive]`, so that a field the API adds is
//! not a breaking change. Sent: everything reachable from a request body or
//! a WebSocket client event; their unions get shorthand constructors.

use std::collections::BTreeSet;

use super::operations::Response;
use super::{Model, TypeId, TypeRef};

impl Model {
    /// Every type that appears in something the server sends.
    pub fn received_types(&self) -> BTreeSet<TypeId> {
        let mut stack: Vec<TypeId> = Vec::new();
        let mut roots: Vec<&TypeRef> = Vec::new();
        for op in &self.operations {
            if let Response::Json(ty) = &op.response {
                roots.push(ty);
            }
            roots.extend(&op.stream);
        }
        roots.extend(self.webhooks.iter().map(|w| &w.ty));
        for r in roots {
            r.for_each_id(&mut |id| stack.push(id));
        }
        stack.extend(self.sockets.iter().map(|s| s.server_event));
        self.reachable(stack)
    }

    /// Every type that appears in something the client sends.
    pub fn sent_types(&self) -> BTreeSet<TypeId> {
        let mut stack: Vec<TypeId> = Vec::new();
        for op in &self.operations {
            if let Some(body) = &op.body {
                body.ty.for_each_id(&mut |id| stack.push(id));
            }
        }
        stack.extend(self.sockets.iter().map(|s| s.client_event));
        self.reachable(stack)
    }

    /// The types in `stack` and all they mention.
    fn reachable(&self, mut stack: Vec<TypeId>) -> BTreeSet<TypeId> {
        let mut seen = BTreeSet::new();
        while let Some(id) = stack.pop() {
            if seen.insert(id) {
                self.mentions(id, &mut stack);
            }
        }
        seen
    }
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::model::Model;
    use serde_json::json;

    #[test]
    fn responses_streams_and_webhooks_are_received_request_bodies_are_not() {
        let doc = Document::new(json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/things": {"post": {
                "operationId": "createThing",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
                "responses": {"200": {"content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                    "text/event-stream": {"schema": {"$ref": "#/components/schemas/Event"}}}}}}}},
            "webhooks": {"thing.done": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/Done"}}}}}}},
            "components": {"schemas": {
                "NewThing": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Thing": {"type": "object", "properties": {"part": {"$ref": "#/components/schemas/Part"}}},
                "Part": {"type": "object", "properties": {"n": {"type": "integer"}}},
                "Event": {"type": "object", "properties": {"delta": {"type": "string"}}},
                "Done": {"type": "object", "properties": {"type": {"const": "thing.done"}}}
            }}
        }))
        .expect("document");
        let model = Model::build(&doc);
        let received: Vec<&str> = model
            .received_types()
            .into_iter()
            .map(|id| model.types[id].name.as_str())
            .collect();
        for name in ["Thing", "Part", "Event", "Done"] {
            assert!(received.contains(&name), "{name} in {received:?}");
        }
        assert!(!received.contains(&"NewThing"));
        let sent = model.sent_types();
        let new_thing = model.types.by_name("NewThing");
        assert_eq!(
            sent.into_iter().collect::<Vec<_>>(),
            Vec::from_iter(new_thing)
        );
    }
}
