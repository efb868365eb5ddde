//! Typed, read-only views of the document's objects around its schemas:
//! the `info`, an operation (or a path item, for its parameters), a
//! parameter, a request body, a response, a media type and a security
//! scheme. Like [`super::Schema`], each reads its keywords by name in one
//! place, so the model asks questions instead of looking strings up; texts
//! are trimmed and never empty.

use serde_json::{Map, Value};

use super::keywords::Keywords;

/// Declares a view type over one kind of object.
macro_rules! view {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name<'a>(Keywords<'a>);

        impl<'a> $name<'a> {
            /// A view of `value`.
            pub fn new(value: &'a Value) -> Self {
                Self(Keywords(value))
            }
        }
    };
}

view!(
    /// The document's `info`.
    Info
);
view!(
    /// An operation object, or a path item (for the `parameters` both
    /// hold).
    OperationObject
);
view!(
    /// A parameter object.
    ParameterObject
);
view!(
    /// A request body object.
    RequestBodyObject
);
view!(
    /// A response object.
    ResponseObject
);
view!(
    /// A media type object (one entry of a `content` map).
    MediaObject
);
view!(
    /// A security scheme object.
    SecuritySchemeObject
);

impl<'a> Info<'a> {
    /// `title`.
    pub fn title(self) -> Option<&'a str> {
        self.0.str("title")
    }

    /// `version`.
    pub fn version(self) -> Option<&'a str> {
        self.0.str("version")
    }

    /// `description`.
    pub fn description(self) -> Option<&'a str> {
        self.0.str("description")
    }
}

impl<'a> OperationObject<'a> {
    /// `operationId`.
    pub fn operation_id(self) -> Option<&'a str> {
        self.0.str("operationId")
    }

    /// `summary`.
    pub fn summary(self) -> Option<&'a str> {
        self.0.text("summary")
    }

    /// `description`.
    pub fn description(self) -> Option<&'a str> {
        self.0.text("description")
    }

    /// `deprecated: true`.
    pub fn is_deprecated(self) -> bool {
        self.0.flag("deprecated")
    }

    /// `parameters` (empty when there are none).
    pub fn parameters(self) -> &'a [Value] {
        self.0.list("parameters")
    }

    /// `requestBody` (perhaps a `$ref`).
    pub fn request_body(self) -> Option<&'a Value> {
        self.0.get("requestBody")
    }

    /// `responses`, by status code.
    pub fn responses(self) -> Option<&'a Map<String, Value>> {
        self.0.map("responses")
    }
}

impl<'a> ParameterObject<'a> {
    /// `name` (empty when missing).
    pub fn name(self) -> &'a str {
        self.0.str("name").unwrap_or_default()
    }

    /// `in`: `path`, `query`, `header` or `cookie` (empty when missing).
    pub fn location(self) -> &'a str {
        self.0.str("in").unwrap_or_default()
    }

    /// `required: true`.
    pub fn is_required(self) -> bool {
        self.0.flag("required")
    }

    /// `schema`.
    pub fn schema(self) -> Option<&'a Value> {
        self.0.get("schema")
    }

    /// `description`, else `title`.
    pub fn docs(self) -> Option<&'a str> {
        self.0.text("description").or_else(|| self.0.text("title"))
    }

    /// `description`.
    pub fn description(self) -> Option<&'a str> {
        self.0.text("description")
    }

    /// `deprecated: true`.
    pub fn is_deprecated(self) -> bool {
        self.0.flag("deprecated")
    }
}

impl<'a> RequestBodyObject<'a> {
    /// `required: true`.
    pub fn is_required(self) -> bool {
        self.0.flag("required")
    }

    /// `content`, by media type.
    pub fn content(self) -> Option<&'a Map<String, Value>> {
        self.0.map("content")
    }
}

impl<'a> ResponseObject<'a> {
    /// `content`, by media type.
    pub fn content(self) -> Option<&'a Map<String, Value>> {
        self.0.map("content")
    }
}

impl<'a> MediaObject<'a> {
    /// `schema`.
    pub fn schema(self) -> Option<&'a Value> {
        self.0.get("schema")
    }
}

/// An OAuth2 flow's token endpoint and scope names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenFlow<'a> {
    /// `tokenUrl`.
    pub token_url: &'a str,
    /// The names of `scopes`.
    pub scopes: Vec<String>,
}

impl<'a> SecuritySchemeObject<'a> {
    /// `type`: `http`, `apiKey`, `oauth2` or `openIdConnect`.
    pub fn kind(self) -> Option<&'a str> {
        self.0.str("type")
    }

    /// `scheme` of an `http` scheme, lowercase (`bearer`, `basic`).
    pub fn http_scheme(self) -> Option<String> {
        self.0.str("scheme").map(str::to_ascii_lowercase)
    }

    /// `in` of an `apiKey` scheme.
    pub fn location(self) -> Option<&'a str> {
        self.0.str("in")
    }

    /// `name` of an `apiKey` scheme, when not empty.
    pub fn key_name(self) -> Option<&'a str> {
        self.0.str("name").filter(|n| !n.is_empty())
    }

    /// The names of `flows` of an `oauth2` scheme.
    pub fn flow_names(self) -> Vec<String> {
        self.0.keys("flows")
    }

    /// The `clientCredentials` flow, when it names its token endpoint.
    pub fn client_credentials(self) -> Option<TokenFlow<'a>> {
        let flow = Keywords(self.0.map("flows")?.get("clientCredentials")?);
        Some(TokenFlow {
            token_url: flow.str("tokenUrl")?,
            scopes: flow.keys("scopes"),
        })
    }

    /// `description`.
    pub fn description(self) -> Option<&'a str> {
        self.0.text("description")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_parameters_and_bodies_read_their_keywords() {
        let op = json!({"operationId": "listThings", "summary": " List. ", "deprecated": true,
            "parameters": [{"name": "limit", "in": "query", "required": true,
                "schema": {"type": "integer"}, "description": "  "}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {}}}},
            "responses": {"200": {"content": {"text/plain": {}}}}});
        let view = OperationObject::new(&op);
        assert_eq!(view.operation_id(), Some("listThings"));
        assert_eq!((view.summary(), view.description()), (Some("List."), None));
        assert!(view.is_deprecated());
        let p = ParameterObject::new(&view.parameters()[0]);
        assert_eq!((p.name(), p.location()), ("limit", "query"));
        assert!(p.is_required() && p.schema().is_some() && p.docs().is_none());
        let body = RequestBodyObject::new(view.request_body().expect("body"));
        assert!(body.is_required());
        let media = &body.content().expect("content")["application/json"];
        assert!(MediaObject::new(media).schema().is_some());
        let ok = &view.responses().expect("responses")["200"];
        let plain = &ResponseObject::new(ok).content().expect("content")["text/plain"];
        assert_eq!(MediaObject::new(plain).schema(), None);
        let bare = json!({});
        assert!(OperationObject::new(&bare).parameters().is_empty());
        assert_eq!(ParameterObject::new(&bare).name(), "");
    }

    #[test]
    fn security_schemes_read_their_flows() {
        let s = json!({"type": "oauth2", "flows": {
            "clientCredentials": {"tokenUrl": "https://auth.example/token",
                "scopes": {"read": "r", "write": "w"}},
            "implicit": {}}});
        let view = SecuritySchemeObject::new(&s);
        assert_eq!(view.kind(), Some("oauth2"));
        assert_eq!(view.flow_names(), ["clientCredentials", "implicit"]);
        let flow = view.client_credentials().expect("flow");
        assert_eq!(flow.token_url, "https://auth.example/token");
        assert_eq!(flow.scopes, ["read", "write"]);
        let key = json!({"type": "http", "scheme": "Bearer", "name": ""});
        let view = SecuritySchemeObject::new(&key);
        assert_eq!(view.http_scheme().as_deref(), Some("bearer"));
        assert_eq!(view.key_name(), None);
        assert_eq!(view.client_credentials(), None);
    }
}
