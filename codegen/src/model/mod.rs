//! Stage 2: the normalized model of a spec — named types, operations placed
//! in a resource tree, and the Cargo feature each type belongs to. The
//! emitter reads only this, never the raw document.

pub mod call_samples;
pub mod client_options;
pub mod configure;
pub mod conveniences;
pub mod conversions;
pub mod crate_facts;
pub mod crate_split;
pub mod cycles;
pub mod doc_links;
pub mod examples;
pub mod features;
pub mod layout;
pub mod method_names;
pub mod names;
pub mod operations;
pub mod pattern_sample;
pub mod placement;
pub mod received;
pub mod resource_names;
pub mod samples;
pub mod security;
pub mod sockets;
pub mod stale;
pub mod tuning;
pub mod type_roles;
pub mod types;
pub mod types_homes;
pub mod webhooks;

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Warning;
use crate::load::Document;
pub use configure::Configured;
pub use operations::Operation;
pub use types::{TypeId, TypeKind, TypeRef, TypeSpace};
pub use webhooks::Webhook;

/// Feature of webhook payload types.
pub const WEBHOOKS_FEATURE: &str = "webhooks";
/// Feature of schemas that no operation or webhook uses (for example the
/// events of a WebSocket protocol described only as schemas).
pub const EXTRA_FEATURE: &str = "extra-types";

/// Everything the emitter needs.
#[derive(Debug)]
pub struct Model {
    /// API title.
    pub title: String,
    /// API version.
    pub version: String,
    /// API description.
    pub description: Option<String>,
    /// The first server URL.
    pub server_url: String,
    /// Named types.
    pub types: TypeSpace,
    /// Operations in document order.
    pub operations: Vec<Operation>,
    /// Webhook payloads.
    pub webhooks: Vec<Webhook>,
    /// WebSocket APIs the config declares.
    pub sockets: Vec<sockets::Socket>,
    /// The `[[types.convert]]` conversions and those they need (see
    /// [`conversions`]), each anchored to the type whose file holds it.
    pub conversions: Vec<conversions::Conversion>,
    /// The security schemes the runtime implements, in document order.
    pub schemes: Vec<security::Scheme>,
    /// The document's default requirement (empty: anonymous).
    pub default_security: security::Requirement,
    /// The crates a run writes (set by [`Model::configured`]).
    pub krate: crate_facts::CrateFacts,
    /// The builder's options (set by [`Model::configured`]).
    pub client: client_options::ClientOptions,
    /// The places that hold the types, each type in one (set by
    /// [`Model::configured`]).
    pub homes: Vec<types_homes::TypesHome>,
    /// All resource features, sorted.
    pub features: BTreeSet<String>,
    /// What could not be expressed exactly.
    pub warnings: Vec<Warning>,
}

impl Model {
    /// The model of `doc` alone: its conversion, then the document's
    /// passes (see [`configure`]).
    pub fn build(doc: &Document) -> Self {
        let mut model = Self::convert(doc);
        configure::run_document_passes(&mut model, doc);
        model
    }

    /// The document converted: its types (one per schema and inline
    /// place), operations, webhooks and security, before any pass.
    fn convert(doc: &Document) -> Self {
        let mut builder = types::Builder::new(doc);
        builder.add_components();
        let mut operations = operations::build(doc, &mut builder);
        let mut warnings = Vec::new();
        let (schemes, default_security) = security::apply(doc, &mut operations, &mut warnings);
        let webhooks = webhooks::build(doc, &mut builder);
        let info = doc.info();
        Self {
            title: info.title().unwrap_or("API").to_owned(),
            version: info.version().unwrap_or_default().to_owned(),
            description: info.description().map(str::to_owned),
            server_url: doc
                .first_server_url()
                .unwrap_or("http://localhost")
                .to_owned(),
            warnings,
            types: builder.into_space(),
            operations,
            webhooks,
            sockets: Vec::new(),
            conversions: Vec::new(),
            schemes,
            default_security,
            krate: crate_facts::CrateFacts::default(),
            client: client_options::ClientOptions::default(),
            homes: Vec::new(),
            features: BTreeSet::new(),
        }
    }

    /// One type per shape: merges equal types and points the operations
    /// and webhooks at the types kept.
    pub fn merge_equal_types(&mut self) {
        let new_ids = types::dedupe::merge_equal(&mut self.types);
        let new_id = |id: TypeId| new_ids[id.index()];
        for op in &mut self.operations {
            op.map_type_ids(&new_id);
        }
        for hook in &mut self.webhooks {
            hook.ty.map_ids(&new_id);
        }
    }

    /// Gathers the type space's warnings with the model's, sorted, each
    /// once.
    pub fn gather_warnings(&mut self) {
        self.warnings.append(&mut self.types.warnings);
        self.warnings.sort();
        self.warnings.dedup();
    }
}

impl Model {
    /// Applies the config's per-operation corrections (method names and
    /// response kinds). An entry that names no operation, or a name that
    /// another method of the same resource has, is an error.
    pub fn apply_overrides(
        &mut self,
        overrides: &BTreeMap<String, crate::settings::OperationConfig>,
    ) -> Result<(), crate::Error> {
        use crate::settings::ResponseOverride;
        let mut streams_added = false;
        for (id, config) in overrides {
            let Some(i) = self.operations.iter().position(|op| &op.id == id) else {
                return Err(crate::Error::Usage(format!(
                    "operations.{id}: the document has no operation with this operationId"
                )));
            };
            if let Some(name) = &config.name {
                if names::field_name(name, "x") != *name {
                    return Err(crate::Error::Usage(format!(
                        "operations.{id}.name: `{name}` is not a snake_case method name"
                    )));
                }
                let op = &self.operations[i];
                if let Some(other) = self
                    .operations
                    .iter()
                    .find(|o| o.resource == op.resource && o.id != op.id && &o.name == name)
                {
                    return Err(crate::Error::Usage(format!(
                        "operations.{id}.name: `{name}` is already the method of `{}`",
                        other.id
                    )));
                }
                self.operations[i].name = name.clone();
            }
            if let Some(schema) = &config.stream {
                let pointer = format!(
                    "/components/schemas/{}",
                    crate::load::escape_pointer(schema)
                );
                let Some(&event) = self.types.by_pointer.get(&pointer) else {
                    return Err(crate::Error::Usage(format!(
                        "operations.{id}.stream: the document has no schema `{schema}`"
                    )));
                };
                let op = &mut self.operations[i];
                if op.stream.is_some() {
                    return Err(crate::Error::Usage(format!(
                        "operations.{id}.stream: the document already declares its stream"
                    )));
                }
                let query_flag = op.params.as_ref().is_some_and(|(_, params)| {
                    params
                        .iter()
                        .any(|p| p.wire == "stream" && p.location == operations::Location::Query)
                });
                if !op.body_has_stream_flag && !query_flag {
                    return Err(crate::Error::Usage(format!(
                        "operations.{id}.stream: the operation has no `stream` body property or query parameter to ask for it"
                    )));
                }
                op.stream = Some(TypeRef::Named(event));
                op.query_stream_flag = !op.body_has_stream_flag && query_flag;
                op.stream_envelope = config.stream_envelope;
                op.stream_from_config = true;
                op.roots.push(TypeRef::Named(event));
                streams_added = true;
            } else if config.stream_envelope {
                return Err(crate::Error::Usage(format!(
                    "operations.{id}.stream_envelope: needs `stream`"
                )));
            }
            if let Some(name) = &config.gen_ai {
                self.operations[i].gen_ai = Some(name.clone());
            }
            if let Some(kind) = config.response {
                let op = &mut self.operations[i];
                op.response = match kind {
                    ResponseOverride::Bytes => operations::Response::Bytes,
                    ResponseOverride::Unit => operations::Response::Unit,
                };
                op.pagination = None;
            }
        }
        if streams_added {
            // The event types now belong to their operations' features.
            self.assign_features();
        }
        Ok(())
    }

    /// Named types that type `id` mentions directly.
    pub fn mentions(&self, id: TypeId, out: &mut Vec<TypeId>) {
        self.types[id].kind.for_each_id(&mut |to| out.push(to));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::OperationConfig;
    use serde_json::json;

    fn model() -> Model {
        let json_of = |schema: &str| {
            json!({"200": {"content": {"application/json": {"schema": {
                "$ref": format!("#/components/schemas/{schema}")}}}}})
        };
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "Pets", "version": "2"},
            "servers": [{"url": "https://pets.example/v2"}],
            "paths": {
                "/pets": {"get": {"operationId": "listPets", "responses": json_of("Pet")}},
                "/toys": {"get": {"operationId": "listToys", "responses": json_of("Toy")},
                          "post": {"operationId": "createToy", "responses": json_of("Toy"),
                              "requestBody": {"content": {"application/json": {"schema": {
                                  "type": "object", "properties": {"stream": {"type": "boolean"}}}}}}}}},
            "components": {"schemas": {
                "Pet": {"type": "object", "properties": {"tag": {"$ref": "#/components/schemas/Tag"}}},
                "Toy": {"type": "object", "properties": {"tag": {"$ref": "#/components/schemas/Tag"},
                    "color": {"type": "string", "enum": ["red", "blue"]}}},
                "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Loose": {"type": "object", "properties": {"x": {"type": "string"}}},
                "Chunk": {"type": "object", "properties": {"delta": {"type": "string"}}}}}
        }))
        .expect("document");
        Model::build(&doc)
    }

    fn features_of(m: &Model, name: &str) -> Vec<String> {
        let id = m.types.by_name(name).expect(name);
        m.types[id].facts.features.iter().cloned().collect()
    }

    #[test]
    fn the_document_s_facts_and_each_type_s_features() {
        let m = model();
        assert_eq!((m.title.as_str(), m.version.as_str()), ("Pets", "2"));
        assert_eq!(m.server_url, "https://pets.example/v2");
        assert_eq!(features_of(&m, "Pet"), ["pets"]);
        assert_eq!(features_of(&m, "Toy"), ["toys"]);
        // Needed by both resources (not by every feature: `extra-types`
        // has `Loose`).
        assert_eq!(features_of(&m, "Tag"), ["pets", "toys"]);
        assert_eq!(features_of(&m, "Loose"), [EXTRA_FEATURE]);
    }

    #[test]
    fn overrides_rename_methods_add_streams_and_refuse_what_names_nothing() {
        let mut m = model();
        let mut config = BTreeMap::new();
        config.insert(
            "createToy".to_owned(),
            OperationConfig {
                name: Some("make".into()),
                stream: Some("Chunk".into()),
                ..OperationConfig::default()
            },
        );
        m.apply_overrides(&config).expect("applies");
        let op = m.operations.iter().find(|o| o.id == "createToy").unwrap();
        assert_eq!(op.name, "make");
        assert!(op.stream.is_some() && op.stream_from_config);
        // The event type now belongs to the operation's feature.
        assert_eq!(features_of(&m, "Chunk"), ["toys"]);

        let refuse = |id: &str, config: OperationConfig| {
            let mut all = BTreeMap::new();
            all.insert(id.to_owned(), config);
            model()
                .apply_overrides(&all)
                .expect_err("refused")
                .to_string()
        };
        let plain = OperationConfig::default;
        assert!(refuse("nope", plain()).contains("operations.nope: the document has no operation"));
        let taken = OperationConfig {
            name: Some("list".into()),
            ..plain()
        };
        assert!(refuse("createToy", taken).contains("is already the method of `listToys`"));
        let no_flag = OperationConfig {
            stream: Some("Chunk".into()),
            ..plain()
        };
        assert!(refuse("listToys", no_flag).contains("no `stream` body property"));
        let envelope = OperationConfig {
            stream_envelope: true,
            ..plain()
        };
        assert!(refuse("listToys", envelope).contains("needs `stream`"));
    }
}
