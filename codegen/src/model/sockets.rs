//! WebSocket APIs that the config declares. OpenAPI describes no sockets,
//! only their events as schemas; each `[[websocket]]` entry becomes a
//! method on a resource handle that opens the socket with typed events.

use super::{Model, TypeId, names};
use crate::error::Error;
use crate::settings::WebSocketConfig;

/// A socket placed on a resource.
#[derive(Debug, Clone)]
pub struct Socket {
    /// The resource path (`["realtime"]`).
    pub resource: Vec<String>,
    /// The method name.
    pub method: String,
    /// The path below the base URL.
    pub path: String,
    /// The query parameters the method takes, in order.
    pub query: Vec<String>,
    /// The type of the events sent.
    pub client_event: TypeId,
    /// The type of the events received.
    pub server_event: TypeId,
    /// What the socket is for.
    pub docs: Option<String>,
    /// The Cargo feature of the resource.
    pub feature: String,
}

impl Model {
    /// Resolves the config's sockets against the document: the resource
    /// must exist, the method must be free, the event schemas must be in
    /// `components/schemas`.
    pub fn add_sockets(&mut self, configs: &[WebSocketConfig]) -> Result<(), Error> {
        for config in configs {
            let at = format!("websocket `{}.{}`", config.resource, config.method);
            let resource: Vec<String> = config.resource.split('.').map(str::to_owned).collect();
            let Some(feature) = self
                .operations
                .iter()
                .find(|op| op.resource.starts_with(&resource))
                .map(|op| op.feature.clone())
            else {
                return Err(Error::Usage(format!(
                    "{at}: the document has no resource `{}`",
                    config.resource
                )));
            };
            if names::field_name(&config.method, "x") != config.method {
                return Err(Error::Usage(format!(
                    "{at}: `{}` is not a snake_case method name",
                    config.method
                )));
            }
            let taken = self.operations.iter().any(|op| {
                (op.resource == resource && op.name == config.method)
                    || (op.resource.len() > resource.len()
                        && op.resource.starts_with(&resource)
                        && names::field_name(&op.resource[resource.len()], "x") == config.method)
            }) || self
                .sockets
                .iter()
                .any(|s| s.resource == resource && s.method == config.method);
            if taken {
                return Err(Error::Usage(format!(
                    "{at}: the resource already has a method `{}`",
                    config.method
                )));
            }
            if !config.path.starts_with('/') {
                return Err(Error::Usage(format!(
                    "{at}: the path `{}` must start with `/`",
                    config.path
                )));
            }
            for name in &config.query {
                if names::field_name(name, "x") != *name {
                    return Err(Error::Usage(format!(
                        "{at}: the query parameter `{name}` is not a snake_case name"
                    )));
                }
            }
            let schema = |name: &str| -> Result<TypeId, Error> {
                let pointer = format!("/components/schemas/{}", crate::load::escape_pointer(name));
                self.types.by_pointer.get(&pointer).copied().ok_or_else(|| {
                    Error::Usage(format!("{at}: the document has no schema `{name}`"))
                })
            };
            let socket = Socket {
                client_event: schema(&config.client_event)?,
                server_event: schema(&config.server_event)?,
                resource,
                method: config.method.clone(),
                path: config.path.clone(),
                query: config.query.clone(),
                docs: config.doc.clone(),
                feature,
            };
            self.sockets.push(socket);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::model::Model;
    use crate::settings::WebSocketConfig;
    use serde_json::json;

    fn model() -> Model {
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/live/sessions": {"post": {"operationId": "createSession",
                "responses": {"204": {"description": "none"}}}}},
            "components": {"schemas": {
                "ClientEvent": {"type": "object", "properties": {"type": {"type": "string"}}},
                "ServerEvent": {"type": "object", "properties": {"kind": {"type": "string"}}}}}
        }))
        .expect("document");
        Model::build(&doc)
    }

    fn socket(resource: &str, method: &str, path: &str, server: &str) -> WebSocketConfig {
        WebSocketConfig {
            resource: resource.into(),
            method: method.into(),
            path: path.into(),
            query: vec!["model".into()],
            client_event: "ClientEvent".into(),
            server_event: server.into(),
            doc: None,
        }
    }

    #[test]
    fn a_socket_joins_its_resource_and_feature() {
        let mut m = model();
        m.add_sockets(&[socket("live", "connect", "/live", "ServerEvent")])
            .expect("added");
        assert_eq!(m.sockets[0].feature, "live");
        assert_eq!(m.types[m.sockets[0].server_event].name, "ServerEvent");
    }

    #[test]
    fn config_errors_name_the_entry() {
        let error = |config| {
            model()
                .add_sockets(&[config])
                .expect_err("refused")
                .to_string()
        };
        assert!(
            error(socket("nope", "connect", "/x", "ServerEvent"))
                .contains("websocket `nope.connect`: the document has no resource `nope`")
        );
        assert!(
            error(socket("live", "sessions", "/x", "ServerEvent"))
                .contains("already has a method `sessions`")
        );
        assert!(
            error(socket("live", "connect", "x", "ServerEvent")).contains("must start with `/`")
        );
        assert!(error(socket("live", "connect", "/x", "Missing")).contains("no schema `Missing`"));
        assert!(
            error(socket("live", "Connect", "/x", "ServerEvent"))
                .contains("not a snake_case method name")
        );
    }
}
