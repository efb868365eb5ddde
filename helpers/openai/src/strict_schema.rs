//! JSON schemas for strict structured outputs and strict function tools:
//! any JSON schema (as schemars writes them) made valid for OpenAI's strict
//! mode, or refused with the place and the reason before anything is sent.
//!
//! Strict mode wants, on every object, `additionalProperties: false` and
//! every property in `required` (an optional property is made nullable
//! instead); a root that is an object; `anyOf` rather than `oneOf`; and only
//! the keywords it documents. So this transform:
//! - closes every object and requires every property; an optional one
//!   either gets `null` added to its type ([`Optional::Nullable`], for
//!   hand-written schemas) or keeps its type ([`Optional::Required`], for
//!   schemas derived from Rust types, where an `Option` field already
//!   accepts `null` and a `#[serde(default)]` field does not);
//! - turns `oneOf` into `anyOf`, inlines a one-element `allOf`, and inlines a
//!   `$ref` that has sibling keywords (keeping `$ref`/`$defs` otherwise, so
//!   recursive types work);
//! - drops annotations (`$schema`, `default`, `examples`, `deprecated`, …)
//!   and the constraints strict mode does not take (`minLength`,
//!   `maxLength`, `uniqueItems`, `minProperties`, `maxProperties`,
//!   `contains`, formats other than the documented ones), which only
//!   narrowed the values;
//! - refuses what would change the shape: maps (`additionalProperties` with
//!   a schema), tuples (`prefixItems`), `not`, `if`/`then`/`else`,
//!   `patternProperties`, several `allOf` parts, a schema that accepts any
//!   value, and a root that is not an object.

use serde_json::{Map, Value, json};
use std::fmt;

/// Why a schema cannot be used in strict mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrictSchemaError {
    /// Where, as a JSON pointer into the schema.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for StrictSchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(
            f,
            "the JSON schema cannot be used in strict mode at `{at}`: {}",
            self.message
        )
    }
}

impl std::error::Error for StrictSchemaError {}

/// Keywords strict mode takes.
const KEPT: &[&str] = &[
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "anyOf",
    "$ref",
    "$defs",
    "definitions",
    "description",
    "title",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
];

/// Annotations and narrowing constraints that strict mode does not take:
/// dropping them keeps every value the schema accepted.
const DROPPED: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "default",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "minLength",
    "maxLength",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "contains",
    "minContains",
    "maxContains",
    "contentEncoding",
    "contentMediaType",
];

/// The `format` values strict mode documents.
const FORMATS: &[&str] = &[
    "date-time",
    "time",
    "date",
    "duration",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "uuid",
];

/// What becomes of a property that was not required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Optional {
    /// Required, with `null` added to what it accepts.
    Nullable,
    /// Required, as it is (its schema decides whether `null` is accepted).
    Required,
}

/// `schema` made valid for strict mode (see the module's documentation).
pub fn to_strict(schema: &Value, optional: Optional) -> Result<Value, StrictSchemaError> {
    let root = schema.clone();
    let mut out = schema.clone();
    let walk = Walk {
        root: &root,
        optional,
    };
    walk.strict(&mut out, "", 0)?;
    let is_object = out.get("type").and_then(Value::as_str) == Some("object");
    if !is_object {
        return Err(StrictSchemaError {
            pointer: String::new(),
            message: "the root must be an object; wrap the type in a struct".to_owned(),
        });
    }
    Ok(out)
}

fn error(pointer: &str, message: impl Into<String>) -> StrictSchemaError {
    StrictSchemaError {
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

/// The schema a local `$ref` points at.
fn resolve<'a>(root: &'a Value, reference: &str, at: &str) -> Result<&'a Value, StrictSchemaError> {
    let pointer = reference.strip_prefix('#').ok_or_else(|| {
        error(
            at,
            format!("`{reference}` is not a reference into this schema"),
        )
    })?;
    root.pointer(pointer)
        .ok_or_else(|| error(at, format!("`{reference}` points at nothing")))
}

/// Copies into `map` the keys it lacks from `part`, or from what `part`
/// refers to when it is a `$ref`.
fn inline(
    map: &mut Map<String, Value>,
    part: &Value,
    root: &Value,
    at: &str,
) -> Result<(), StrictSchemaError> {
    let part = match part.get("$ref").and_then(Value::as_str) {
        Some(reference) => resolve(root, reference, at)?,
        None => part,
    };
    if let Value::Object(part) = part {
        for (k, v) in part {
            map.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    Ok(())
}

/// The walk over a schema: the root (for `$ref`) and the setting.
struct Walk<'a> {
    root: &'a Value,
    optional: Optional,
}

impl Walk<'_> {
    fn strict(&self, schema: &mut Value, at: &str, depth: usize) -> Result<(), StrictSchemaError> {
        let root = self.root;
        if depth > 64 {
            return Err(error(at, "the schema nests too deeply"));
        }
        let map = match schema {
            Value::Object(map) => map,
            Value::Bool(true) => {
                return Err(error(
                    at,
                    "a schema that accepts any value (such as a `serde_json::Value` field) has no strict form",
                ));
            }
            _ => return Err(error(at, "not a schema")),
        };
        // A `$ref` with siblings is inlined (strict mode reads a bare `$ref`).
        if map.contains_key("$ref") && map.keys().any(|k| k != "$ref" && k != "$defs") {
            let reference = map.remove("$ref").unwrap_or_default();
            inline(map, &json!({ "$ref": reference }), root, at)?;
        }
        // A one-part `allOf` is its part.
        if let Some(all) = map.remove("allOf") {
            match all {
                Value::Array(parts) if parts.len() == 1 => inline(map, &parts[0], root, at)?,
                _ => return Err(error(at, "`allOf` with several parts has no strict form")),
            }
        }
        if let Some(one) = map.remove("oneOf") {
            map.insert("anyOf".to_owned(), one);
        }
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            if DROPPED.contains(&key.as_str()) {
                map.remove(&key);
            } else if key == "format" {
                let supported = map[&key].as_str().is_some_and(|f| FORMATS.contains(&f));
                if !supported {
                    map.remove(&key);
                }
            } else if key == "prefixItems" {
                return Err(error(
                    at,
                    "a tuple (`prefixItems`) has no strict form; use a struct",
                ));
            } else if !KEPT.contains(&key.as_str()) {
                return Err(error(at, format!("strict mode does not take `{key}`")));
            }
        }
        let is_object = map.get("type").and_then(Value::as_str) == Some("object")
            || map.contains_key("properties");
        if is_object {
            self.close_object(map, at, depth)?;
        } else if map.contains_key("additionalProperties") {
            return Err(error(at, "`additionalProperties` outside an object"));
        }
        if let Some(items) = map.get_mut("items") {
            if items.is_array() {
                return Err(error(
                    at,
                    "a tuple (`items` as a list) has no strict form; use a struct",
                ));
            }
            self.strict(items, &format!("{at}/items"), depth + 1)?;
        }
        if let Some(Value::Array(alternatives)) = map.get_mut("anyOf") {
            for (i, alternative) in alternatives.iter_mut().enumerate() {
                self.strict(alternative, &format!("{at}/anyOf/{i}"), depth + 1)?;
            }
        }
        for defs in ["$defs", "definitions"] {
            if let Some(Value::Object(defs_map)) = map.get_mut(defs) {
                for (name, def) in defs_map.iter_mut() {
                    self.strict(def, &format!("{at}/{defs}/{name}"), depth + 1)?;
                }
            }
        }
        Ok(())
    }

    /// `additionalProperties: false`, every property required, the optional
    /// ones nullable.
    fn close_object(
        &self,
        map: &mut Map<String, Value>,
        at: &str,
        depth: usize,
    ) -> Result<(), StrictSchemaError> {
        match map.get("additionalProperties") {
            None | Some(Value::Bool(false)) => {}
            Some(Value::Bool(true)) if map.contains_key("properties") => {}
            Some(_) if !map.contains_key("properties") => {
                return Err(error(
                    at,
                    "a map (an object with `additionalProperties`) has no strict form; use a list of key-value structs",
                ));
            }
            Some(_) => {
                return Err(error(
                    at,
                    "an object with both properties and `additionalProperties` has no strict form (`#[serde(flatten)]` of a map?)",
                ));
            }
        }
        map.insert("additionalProperties".to_owned(), Value::Bool(false));
        let required: Vec<String> = map
            .get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let mut names = Vec::new();
        if let Some(Value::Object(properties)) = map.get_mut("properties") {
            for (name, property) in properties.iter_mut() {
                self.strict(property, &format!("{at}/properties/{name}"), depth + 1)?;
                if !required.contains(name) && self.optional == Optional::Nullable {
                    make_nullable(property);
                }
                names.push(Value::String(name.clone()));
            }
        } else {
            map.insert("properties".to_owned(), Value::Object(Map::new()));
        }
        map.insert("required".to_owned(), Value::Array(names));
        Ok(())
    }
}

/// Adds `null` to what `schema` accepts, unless it already does.
fn make_nullable(schema: &mut Value) {
    let Value::Object(map) = schema else {
        return;
    };
    let accepts_null = match map.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
        _ => false,
    } || map
        .get("anyOf")
        .and_then(Value::as_array)
        .is_some_and(|alts| {
            alts.iter()
                .any(|a| a.get("type").is_some_and(|t| t == "null"))
        });
    if accepts_null {
        return;
    }
    let simple = map.get("type").and_then(Value::as_str).map(str::to_owned);
    match simple {
        Some(t)
            if !map.contains_key("$ref")
                && !map.contains_key("anyOf")
                && !map.contains_key("const") =>
        {
            map.insert("type".to_owned(), json!([t, "null"]));
            if let Some(Value::Array(values)) = map.get_mut("enum") {
                values.push(Value::Null);
            }
        }
        _ => {
            let description = map.remove("description");
            let inner = Value::Object(std::mem::take(map));
            map.insert("anyOf".to_owned(), json!([inner, {"type": "null"}]));
            if let Some(description) = description {
                map.insert("description".to_owned(), description);
            }
        }
    }
}
