//! The body as it goes out: a typed value serialized (once, after the
//! interceptors), then the extra body fields (`body_field`, a `_stream`
//! method's `"stream": true`) merged into the JSON. Only the top level is
//! read: the members' values are copied as they were written, neither
//! parsed into a tree nor serialized again, and the members keep their
//! order.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::fmt;

use crate::error::Error;
use crate::options::RequestOptions;
use crate::request::Body;

/// `body` serialized, with the call's extra fields: a field replaces a
/// member of the same name, in its place; the others follow the body's
/// members.
pub(crate) fn merged_body(body: &Body, opts: &RequestOptions) -> Result<Body, Error> {
    let fields = &opts.body_fields;
    let serialized;
    let body = match body {
        Body::Typed(typed) => {
            serialized = Body::Json(typed.to_json()?);
            if fields.is_empty() {
                return Ok(serialized);
            }
            &serialized
        }
        other => other,
    };
    match body {
        Body::Json(bytes) if !fields.is_empty() => {
            let Members(members) = serde_json::from_slice(bytes).map_err(|e| {
                Error::InvalidRequest(format!("extra body fields need a JSON object body: {e}"))
            })?;
            let write = || -> Result<Vec<u8>, serde_json::Error> {
                let mut out = Vec::with_capacity(bytes.len() + 16 * fields.len());
                out.push(b'{');
                for (key, value) in &members {
                    write_key(&mut out, key)?;
                    match fields.get(key) {
                        Some(field) => serde_json::to_writer(&mut out, field)?,
                        None => out.extend_from_slice(value.get().as_bytes()),
                    }
                }
                for (key, field) in fields {
                    if !members.iter().any(|(member, _)| member == key) {
                        write_key(&mut out, key)?;
                        serde_json::to_writer(&mut out, field)?;
                    }
                }
                out.push(b'}');
                Ok(out)
            };
            let merged = write().map_err(|e| {
                Error::InvalidRequest(format!("cannot serialize extra body fields: {e}"))
            })?;
            Ok(Body::Json(merged.into()))
        }
        Body::None if !fields.is_empty() => Body::json(fields),
        other => Ok(other.clone()),
    }
}

/// Writes `"key":` after the object's opening brace or a comma.
fn write_key(out: &mut Vec<u8>, key: &str) -> Result<(), serde_json::Error> {
    if out.len() > 1 {
        out.push(b',');
    }
    serde_json::to_writer(&mut *out, key)?;
    out.push(b':');
    Ok(())
}

/// The members of a JSON object, in order, each value as written.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> Visitor<'de> for Object {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::with_capacity(map.size_hint().unwrap_or(16));
                while let Some(member) = map.next_entry::<String, &'de RawValue>()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn merged(body: &str, fields: &[(&str, serde_json::Value)]) -> Result<String, Error> {
        let mut opts = RequestOptions::default();
        for (key, value) in fields {
            opts = opts.body_field(key, value.clone());
        }
        let body = Body::Json(body.as_bytes().to_vec().into());
        match merged_body(&body, &opts)? {
            Body::Json(bytes) => Ok(String::from_utf8(bytes.to_vec()).expect("UTF-8")),
            _ => panic!("a JSON body"),
        }
    }

    #[test]
    fn fields_replace_members_in_place_and_values_stay_as_written() {
        let body = r#"{"model":"m","stream":false,"messages":[{"a":1.50, "b":"\u00e9"}]}"#;
        let out = merged(body, &[("stream", json!(true)), ("user", json!("u\"1"))]).unwrap();
        assert_eq!(
            out,
            r#"{"model":"m","stream":true,"messages":[{"a":1.50, "b":"\u00e9"}],"user":"u\"1"}"#
        );
        let _: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    }

    #[test]
    fn escaped_keys_and_empty_objects_merge() {
        assert_eq!(
            merged("{}", &[("stream", json!(true))]).unwrap(),
            r#"{"stream":true}"#
        );
        assert_eq!(
            merged(r#"{"a\"b":1}"#, &[("c", json!(null))]).unwrap(),
            r#"{"a\"b":1,"c":null}"#
        );
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused_with_its_reason() {
        for body in ["[1,2]", "\"text\"", "{\"a\":", "not json"] {
            let err = merged(body, &[("stream", json!(true))]).unwrap_err();
            let message = err.to_string();
            assert!(
                message.contains("extra body fields need a JSON object body"),
                "{message}"
            );
        }
    }

    #[test]
    fn without_fields_the_body_is_untouched() {
        let body = Body::Json(bytes::Bytes::from_static(b"[1]"));
        let out = merged_body(&body, &RequestOptions::default()).unwrap();
        assert!(matches!(out, Body::Json(b) if b.as_ref() == b"[1]"));
    }
}
