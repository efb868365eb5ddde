//! Authentication as the document declares it: the schemes of
//! `components.securitySchemes`, the document's default `security`, and
//! each operation's own requirement (`security: []` makes it anonymous).

use serde_json::Value;

use super::Operation;
use crate::error::Warning;
use crate::load::{Document, SecuritySchemeObject, escape_pointer};

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLocation {
    /// A header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// A kind of scheme the runtime implements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// HTTP `bearer`.
    Bearer,
    /// HTTP `basic`.
    Basic,
    /// `apiKey` in a header, query parameter or cookie.
    ApiKey {
        /// Where.
        location: KeyLocation,
        /// Under which name.
        name: String,
    },
    /// OAuth2 with a `clientCredentials` flow.
    ClientCredentials {
        /// The token endpoint.
        token_url: String,
        /// Every scope the flow declares.
        scopes: Vec<String>,
    },
    /// OAuth2 flows that need a user (`authorizationCode`, `implicit`,
    /// `password`) and OpenID Connect: for a server-side client, the
    /// user's access token, sent as a bearer token.
    AccessToken {
        /// What grants the token (`authorizationCode`, `openIdConnect`, ...).
        flows: Vec<String>,
    },
}

/// One declared scheme the generated client can configure.
#[derive(Debug, Clone)]
pub struct Scheme {
    /// Its name in `components.securitySchemes`.
    pub name: String,
    /// What it is.
    pub kind: SchemeKind,
    /// Its description.
    pub docs: Option<String>,
}

/// Alternatives, each a set of scheme names applied together.
pub type Requirement = Vec<Vec<String>>;

/// Reads the schemes and the document's default requirement, and sets each
/// operation's own requirement where it differs from the default.
pub fn apply(
    doc: &Document,
    operations: &mut [Operation],
    warnings: &mut Vec<Warning>,
) -> (Vec<Scheme>, Requirement) {
    let schemes = schemes(doc, warnings);
    let declared: Vec<String> = (doc.security_schemes().into_iter())
        .flat_map(|map| map.keys().cloned())
        .collect();
    let default =
        requirement(doc.pointer("/security"), "/security", &declared, warnings).unwrap_or_default();
    for op in operations {
        let pointer = format!("{}/security", op.pointer);
        op.security = requirement(doc.pointer(&pointer), &pointer, &declared, warnings)
            .filter(|req| *req != default);
    }
    (schemes, default)
}

/// The schemes the runtime implements, in document order: OAuth2 with
/// client credentials fetches its token; OAuth2 flows that need a user and
/// OpenID Connect take the user's access token. Others (HTTP schemes other
/// than bearer and basic) get a warning: a custom authenticator serves
/// them.
fn schemes(doc: &Document, warnings: &mut Vec<Warning>) -> Vec<Scheme> {
    let Some(map) = doc.security_schemes() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, raw) in map {
        let pointer = format!("/components/securitySchemes/{}", escape_pointer(name));
        let Ok((s, pointer)) = doc.deref(raw, &pointer) else {
            continue;
        };
        let view = SecuritySchemeObject::new(s);
        let kind = match (view.kind(), view.http_scheme()) {
            (Some("http"), Some(scheme)) if scheme == "bearer" => Some(SchemeKind::Bearer),
            (Some("http"), Some(scheme)) if scheme == "basic" => Some(SchemeKind::Basic),
            (Some("apiKey"), _) => {
                let location = match view.location() {
                    Some("header") => Some(KeyLocation::Header),
                    Some("query") => Some(KeyLocation::Query),
                    Some("cookie") => Some(KeyLocation::Cookie),
                    _ => None,
                };
                match (location, view.key_name()) {
                    (Some(location), Some(key)) => Some(SchemeKind::ApiKey {
                        location,
                        name: key.to_owned(),
                    }),
                    _ => None,
                }
            }
            (Some("oauth2"), _) => match view.client_credentials() {
                Some(flow) => Some(SchemeKind::ClientCredentials {
                    token_url: flow.token_url.to_owned(),
                    scopes: flow.scopes,
                }),
                None => {
                    let flows = view.flow_names();
                    (!flows.is_empty()).then_some(SchemeKind::AccessToken { flows })
                }
            },
            (Some("openIdConnect"), _) => Some(SchemeKind::AccessToken {
                flows: vec!["openIdConnect".to_owned()],
            }),
            _ => None,
        };
        match kind {
            Some(kind) => out.push(Scheme {
                name: name.clone(),
                kind,
                docs: view.description().map(str::to_owned),
            }),
            None => warnings.push(Warning {
                pointer,
                message: format!(
                                        "security scheme `{name}` is not one the runtime implements (HTTP bearer or basic, apiKey, OAuth2, OpenID Connect); use a custom authenticator for it"
                ),
            }),
        }
    }
    out
}

/// The requirement at `value` (a `security` list). Names that are not
/// declared schemes are reported and their alternative dropped.
fn requirement(
    value: Option<&Value>,
    pointer: &str,
    declared: &[String],
    warnings: &mut Vec<Warning>,
) -> Option<Requirement> {
    let items = value?.as_array()?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(map) = item.as_object() else {
            continue;
        };
        let names: Vec<String> = map.keys().cloned().collect();
        if let Some(unknown) = names.iter().find(|n| !declared.contains(n)) {
            warnings.push(Warning {
                pointer: format!("{pointer}/{i}"),
                message: format!(
                    "`{unknown}` is not declared in components.securitySchemes; this alternative is ignored"
                ),
            });
            continue;
        }
        out.push(names);
    }
    // A list whose every alternative was dropped must not turn into
    // "anonymous".
    if out.is_empty() && !items.is_empty() {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{KeyLocation, SchemeKind};
    use crate::load::Document;
    use crate::model::Model;
    use serde_json::json;

    fn model() -> Model {
        let unit = |security: Option<serde_json::Value>| {
            let mut op = json!({"responses": {"204": {"description": "none"}}});
            if let Some(s) = security {
                op["security"] = s;
            }
            op
        };
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "security": [{"token": []}],
            "paths": {
                "/a": {"get": unit(None)},
                "/b": {"get": unit(Some(json!([])))},
                "/c": {"get": unit(Some(json!([{"key": []}, {"nobody": []}])))},
                "/d": {"get": unit(Some(json!([{"nobody": []}])))}},
            "components": {"securitySchemes": {
                "token": {"type": "http", "scheme": "Bearer", "description": "A token."},
                "key": {"type": "apiKey", "in": "query", "name": "api_key"},
                                "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://x"},
                "machine": {"type": "oauth2", "flows": {"clientCredentials": {
                    "tokenUrl": "https://x/token", "scopes": {"read": "r"}}}},
                "user": {"type": "oauth2", "flows": {"implicit": {
                    "authorizationUrl": "https://x/authorize", "scopes": {}}}},
                "digest": {"type": "http", "scheme": "digest"}}}
        }))
        .expect("document");
        Model::build(&doc)
    }

    #[test]
    fn the_schemes_the_runtime_implements_in_document_order() {
        let m = model();
        let kinds: Vec<_> = m
            .schemes
            .iter()
            .map(|s| (s.name.as_str(), &s.kind))
            .collect();
        assert_eq!(kinds[0], ("token", &SchemeKind::Bearer));
        assert_eq!(
            kinds[1],
            (
                "key",
                &SchemeKind::ApiKey {
                    location: KeyLocation::Query,
                    name: "api_key".into()
                }
            )
        );
        assert_eq!(
            kinds[2],
            (
                "oidc",
                &SchemeKind::AccessToken {
                    flows: vec!["openIdConnect".into()]
                }
            )
        );
        assert!(
            matches!(kinds[3].1, SchemeKind::ClientCredentials { scopes, .. } if scopes == &["read"])
        );
        assert_eq!(
            kinds[4],
            (
                "user",
                &SchemeKind::AccessToken {
                    flows: vec!["implicit".into()]
                }
            )
        );
        assert_eq!(m.schemes[0].docs.as_deref(), Some("A token."));
        assert!(
            m.warnings
                .iter()
                .any(|w| w.message.contains("security scheme `digest`"))
        );
        assert!(!m.warnings.iter().any(|w| w.message.contains("`oidc`")));
    }

    #[test]
    fn operations_keep_their_own_requirement_only_where_it_differs() {
        let m = model();
        assert_eq!(m.default_security, [vec!["token".to_owned()]]);
        let security: Vec<_> = m.operations.iter().map(|o| o.security.clone()).collect();
        // `/a` inherits; `/b` is anonymous; `/c` drops the undeclared
        // alternative; `/d` has none left, so the default stays.
        assert_eq!(
            security,
            [None, Some(vec![]), Some(vec![vec!["key".to_owned()]]), None]
        );
        assert!(
            m.warnings
                .iter()
                .any(|w| w.message.contains("`nobody` is not declared"))
        );
    }
}
