//! A parsed OpenAPI document: version check, reference resolution and the
//! structural checks (dangling references, duplicate operation ids) that
//! must fail early with a location.

use serde_json::{Map, Value};
use std::collections::BTreeMap;

use crate::error::Error;

/// HTTP methods an operation can have, in a fixed order.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A checked OpenAPI document.
#[derive(Debug)]
pub struct Document {
    root: Value,
    /// `(major, minor)` of the `openapi` field.
    pub version: (u32, u32),
}

impl Document {
    /// Checks `root` and wraps it.
    pub fn new(root: Value) -> Result<Self, Error> {
        if !root.is_object() {
            return Err(Error::spec("", "the document is not a mapping"));
        }
        let version = match root.get("openapi") {
            Some(Value::String(v)) => parse_version(v).ok_or_else(|| {
                Error::spec(
                    "/openapi",
                    format!("unsupported OpenAPI version `{v}`; 3.0.x and 3.1.x are supported"),
                )
            })?,
            Some(other) => {
                return Err(Error::spec(
                    "/openapi",
                    format!("`openapi` must be a string, found {other}"),
                ));
            }
            None if root.get("swagger").is_some() => {
                return Err(Error::spec(
                    "/swagger",
                    "Swagger 2.0 is not supported; convert the document to OpenAPI 3",
                ));
            }
            None => return Err(Error::spec("", "missing `openapi` version field")),
        };
        if let Some(paths) = root.get("paths")
            && !paths.is_object()
        {
            return Err(Error::spec("/paths", "`paths` must be a mapping"));
        }
        let doc = Self { root, version };
        doc.check_refs(&doc.root, &mut String::new(), false, 0)?;
        doc.check_operation_ids()?;
        Ok(doc)
    }

    /// The whole tree.
    pub fn root(&self) -> &Value {
        &self.root
    }

    /// The document's `info`.
    pub fn info(&self) -> super::Info<'_> {
        super::Info::new(self.root.get("info").unwrap_or(&Value::Null))
    }

    /// `paths`, by path template.
    pub fn paths(&self) -> Option<&Map<String, Value>> {
        self.section("/paths")
    }

    /// `webhooks`, by name.
    pub fn webhooks(&self) -> Option<&Map<String, Value>> {
        self.section("/webhooks")
    }

    /// `components.schemas`, by name.
    pub fn component_schemas(&self) -> Option<&Map<String, Value>> {
        self.section("/components/schemas")
    }

    /// `components.securitySchemes`, by name.
    pub fn security_schemes(&self) -> Option<&Map<String, Value>> {
        self.section("/components/securitySchemes")
    }

    fn section(&self, pointer: &str) -> Option<&Map<String, Value>> {
        self.root.pointer(pointer).and_then(Value::as_object)
    }

    /// The URL of the first of `servers`.
    pub fn first_server_url(&self) -> Option<&str> {
        self.root.pointer("/servers/0/url").and_then(Value::as_str)
    }

    /// Merges `merge` into the mapping at `pointer` (JSON merge patch: a
    /// `null` removes the key), for where the document differs from what the
    /// API sends. The pointer must name a mapping.
    pub fn patch(&mut self, pointer: &str, merge: &Value) -> Result<(), Error> {
        let Some(Value::Object(node)) = self.root.pointer_mut(pointer) else {
            return Err(Error::Usage(format!(
                "patch `{pointer}`: the document has no mapping there"
            )));
        };
        let Value::Object(merge) = merge else {
            return Err(Error::Usage(format!(
                "patch `{pointer}`: `merge` must be a table"
            )));
        };
        for (key, value) in merge {
            if value.is_null() {
                node.remove(key);
            } else {
                node.insert(key.clone(), value.clone());
            }
        }
        Ok(())
    }

    /// The node at a JSON pointer (without the leading `#`).
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        self.root.pointer(pointer)
    }

    /// Follows `$ref` chains from `value` (at `pointer`) to a node that is
    /// not a reference. Returns the node and its pointer.
    pub fn deref<'a>(
        &'a self,
        value: &'a Value,
        pointer: &str,
    ) -> Result<(&'a Value, String), Error> {
        let mut current = value;
        let mut at = pointer.to_owned();
        for _ in 0..64 {
            match current.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let target = ref_pointer(r)
                        .ok_or_else(|| Error::spec(&at, format!("unsupported reference `{r}`")))?;
                    current = self
                        .pointer(&target)
                        .ok_or_else(|| Error::spec(&at, format!("dangling reference `{r}`")))?;
                    at = target;
                }
                None => return Ok((current, at)),
            }
        }
        Err(Error::spec(
            pointer,
            "reference chain is too long or cyclic",
        ))
    }

    /// Checks every reference the generator may follow. `names` is true in
    /// maps whose keys are names (properties, schemas, ...), not keywords.
    fn check_refs(
        &self,
        value: &Value,
        at: &mut String,
        names: bool,
        depth: usize,
    ) -> Result<(), Error> {
        if depth > 200 {
            return Err(Error::spec(at.as_str(), "nesting is too deep"));
        }
        match value {
            Value::Object(map) => {
                if let Some(r) = map.get("$ref").filter(|_| !names) {
                    let r = r
                        .as_str()
                        .ok_or_else(|| Error::spec(at.as_str(), "`$ref` must be a string"))?;
                    let target = ref_pointer(r).ok_or_else(|| {
                        Error::spec(at.as_str(), format!("unsupported reference `{r}` (only local `#/...` references are supported)"))
                    })?;
                    if self.pointer(&target).is_none() {
                        return Err(Error::spec(
                            at.as_str(),
                            format!("dangling reference `{r}`"),
                        ));
                    }
                }
                for (k, v) in map {
                    // Examples, prose and vendor extensions are not followed:
                    // references there are left alone.
                    if k == "$ref" || (!names && super::bundle::is_prose_or_extension(k)) {
                        continue;
                    }
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape(k));
                    let child_names = !names && super::bundle::NAME_MAPS.contains(&k.as_str());
                    self.check_refs(v, at, child_names, depth + 1)?;
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&i.to_string());
                    self.check_refs(v, at, false, depth + 1)?;
                    at.truncate(len);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn check_operation_ids(&self) -> Result<(), Error> {
        let mut seen: BTreeMap<&str, String> = BTreeMap::new();
        for (pointer, op) in self.operations() {
            if let Some(id) = op.get("operationId").and_then(Value::as_str)
                && let Some(first) = seen.insert(id, pointer.clone())
            {
                return Err(Error::spec(
                    format!("{pointer}/operationId"),
                    format!("duplicate operationId `{id}` (first used at `#{first}`)"),
                ));
            }
        }
        Ok(())
    }

    /// Every operation with its pointer, in document order.
    pub fn operations(&self) -> Vec<(String, &Value)> {
        let mut out = Vec::new();
        if let Some(Value::Object(paths)) = self.root.get("paths") {
            for (path, item) in paths {
                for m in METHODS {
                    if let Some(op) = item.get(m).filter(|o| o.is_object()) {
                        out.push((format!("/paths/{}/{m}", escape(path)), op));
                    }
                }
            }
        }
        out
    }
}

fn parse_version(v: &str) -> Option<(u32, u32)> {
    let mut parts = v.split('.');
    let major: u32 = parts.next()?.parse().ok()?;
    let minor: u32 = parts.next()?.parse().ok()?;
    (major == 3 && minor <= 1).then_some((major, minor))
}

/// Escapes a key for a JSON pointer.
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The JSON pointer of a local reference (`#/a/b` -> `/a/b`).
pub fn ref_pointer(r: &str) -> Option<String> {
    let frag = r.strip_prefix('#')?;
    if !frag.is_empty() && !frag.starts_with('/') {
        return None;
    }
    Some(percent_decode(frag))
}

pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(
                std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                16,
            )
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn version_and_refs() {
        let e = Document::new(json!({"swagger": "2.0"})).unwrap_err();
        assert!(e.to_string().contains("Swagger 2.0"), "{e}");
        let e = Document::new(json!({"openapi": "4.0.0"})).unwrap_err();
        assert!(e.to_string().contains("unsupported OpenAPI version"), "{e}");
        let e = Document::new(json!({"openapi": "3.1.0", "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}}}}))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid spec at `#/components/schemas/A`: dangling reference `#/components/schemas/B`"
        );
    }

    #[test]
    fn duplicate_operation_ids() {
        let e = Document::new(json!({"openapi": "3.0.3", "paths": {
            "/a": {"get": {"operationId": "x"}},
            "/b": {"get": {"operationId": "x"}}
        }}))
        .unwrap_err();
        assert!(e.to_string().contains("duplicate operationId `x`"), "{e}");
        assert!(e.to_string().contains("#/paths/~1b/get/operationId"), "{e}");
    }
}
