//! Decoding helpers: JSON bodies with a precise error (path and excerpt),
//! a second chance for an answer with a property of another shape than
//! declared, and (re-exported from `sdk-runtime-types`) the
//! small serde building blocks that generated types call.

mod aside;
mod path;

pub use sdk_runtime_types::de::*;

pub(crate) use path::{byte_offset, json_path_at};

use serde::de::{DeserializeOwned, Error as _};
use serde_json::Value;

use crate::error::{DecodeError, Error, excerpt};

/// Decodes a JSON body. On failure the error names the type, the JSON path
/// and an excerpt of the body; the path is computed only on that slow path,
/// from the text alone, so neither success nor the code size pays for it.
/// A body that is not UTF-8 is an error.
pub fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    // One UTF-8 check of the whole body is cheaper than serde_json's check
    // of every string it reads from bytes, and keeps one decoding path (each
    // type's deserializer is compiled once).
    match std::str::from_utf8(body) {
        Ok(text) => json_text(text),
        Err(_) => Err(decode_error(
            short_name(std::any::type_name::<T>()),
            body,
            not_utf8(body),
        )),
    }
}

/// [`json`] for a body already known to be text. When a strict decode
/// fails on a property whose value has another shape than declared (an
/// array where the spec says string, a constant with another value), that
/// property is set aside into its object's `extra` and the body decoded
/// again; the error, if it remains, is the first one.
pub(crate) fn json_text<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    match from_text(text) {
        Ok(value) => Ok(value),
        Err(source) => aside::decode_setting_aside(text, &source).ok_or_else(|| {
            decode_error(
                short_name(std::any::type_name::<T>()),
                text.as_bytes(),
                source,
            )
        }),
    }
}

/// The error for a body that is not UTF-8, at the first bad byte as
/// serde_json reports it when it reads the body as untyped JSON.
#[cold]
fn not_utf8(body: &[u8]) -> serde_json::Error {
    serde_json::from_slice::<Value>(body)
        .err()
        .unwrap_or_else(|| serde_json::Error::custom("the body is not UTF-8"))
}

#[cold]
fn decode_error(what: String, body: &[u8], source: serde_json::Error) -> Error {
    let offset = byte_offset(body, source.line(), source.column());
    Error::Decode(Box::new(DecodeError {
        what,
        path: json_path_at(body, offset),
        excerpt: excerpt(body, offset, 120),
        source,
        operation: None,
    }))
}

/// A type's name without module paths, generics kept readable
/// (`Vec<ChatCompletion>`).
pub(crate) fn short_name(full: &str) -> String {
    // Keep generics readable: strip module paths from each segment.
    let mut out = String::with_capacity(full.len());
    for part in full.split_inclusive(['<', '>', ',', ' ']) {
        let (name, sep) = match part.char_indices().last() {
            Some((i, c)) if "<>, ".contains(c) => (&part[..i], &part[i..]),
            _ => (part, ""),
        };
        out.push_str(name.rsplit("::").next().unwrap_or(name));
        out.push_str(sep);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde::de::{Deserializer, MapAccess};

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        role: String,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        items: Vec<Inner>,
    }

    #[test]
    fn paths_are_read_from_the_text() {
        let at = |text: &str, needle: &str| {
            let offset = text.find(needle).expect("needle") + needle.len() - 1;
            json_path_at(text.as_bytes(), offset)
        };
        let doc = r#"{"a":{"b\"c":[10,{"d":[7,8]}]},"e":"x,]}"}"#;
        assert_eq!(at(doc, "10"), r#"a.b"c[0]"#);
        assert_eq!(at(doc, "8"), r#"a.b"c[1].d[1]"#);
        assert_eq!(at(doc, "]}"), r#"a.b"c[1]"#);
        assert_eq!(at(doc, r#""x,]}""#), "e");
        assert_eq!(at(doc, "{"), ".");
        assert_eq!(json_path_at(b"[1,[2,3", 6), "[1][1]");
        assert_eq!(json_path_at(b"", 0), ".");
        assert_eq!(json_path_at(b"{\"k\":\"\xff", 40), "k");
        // A missing property is reported on its object.
        let Err(Error::Decode(d)) = json::<Outer>(br#"{"items":[{"role":"a"},{}]}"#) else {
            panic!("expected decode error")
        };
        assert_eq!(d.path, "items[1]");
        assert!(d.source.to_string().contains("missing field `role`"));
    }

    #[test]
    fn decode_error_names_path_and_excerpt() {
        let body = br#"{"items":[{"role":"a"},{"role":7}]}"#;
        let err = json::<Outer>(body).unwrap_err();
        let Error::Decode(d) = err else {
            panic!("expected decode error")
        };
        assert_eq!(d.path, "items[1].role");
        assert_eq!(d.what, "Outer");
        assert!(d.excerpt.contains("\"role\":7"), "{}", d.excerpt);
    }

    #[test]
    fn bodies_that_are_not_utf8_are_errors_at_the_bad_byte() {
        for body in [
            &b"{\"items\":[{\"role\":\"a\xff\"}]}"[..],
            &b"{\"items\":[{\"role\":\"a\",\"extra\":\"\xfe\"}]}"[..],
        ] {
            let Error::Decode(d) = json::<Outer>(body).unwrap_err() else {
                panic!("expected decode error")
            };
            assert!(d.path.starts_with("items[0]."), "{}", d.path);
            assert!(d.source.to_string().contains("unicode"), "{}", d.source);
        }
    }

    /// Shaped like a generated struct: one required, one lenient, one
    /// optional property.
    #[derive(Debug, PartialEq, sdk_runtime_types::Object)]
    struct Item {
        id: String,
        #[api(default)]
        count: u32,
        note: Option<String>,
    }

    #[test]
    fn objects_decode_defaults_unknowns_and_repeats() {
        let item = |id: &str, count, note: Option<&str>| Item {
            id: id.into(),
            count,
            note: note.map(Into::into),
        };
        let cases = [
            (
                r#"{"id":"a","count":2,"note":"n"}"#,
                item("a", 2, Some("n")),
            ),
            (r#"{"note":null,"id":"b"}"#, item("b", 0, None)),
            (
                r#"{"x":{"deep":[1,2,{"y":null}]},"id":"c","z":true}"#,
                item("c", 0, None),
            ),
            (r#"{"id":"d","count":1,"count":5}"#, item("d", 5, None)),
            (r#"{"i\u0064":"e"}"#, item("e", 0, None)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                serde_json::from_str::<Item>(input).unwrap(),
                expected,
                "{input}"
            );
            let value: Value = serde_json::from_str(input).unwrap();
            assert_eq!(
                serde_json::from_value::<Item>(value).unwrap(),
                expected,
                "{input}"
            );
        }
        for (input, message) in [
            (r#"{"count":1}"#, "missing field `id`"),
            (r#"["a",1,null]"#, "expected Item (a JSON object)"),
            (r#""a""#, "expected Item (a JSON object)"),
            (
                r#"{"id":7}"#,
                "invalid type: integer `7`, expected a string",
            ),
        ] {
            let err = serde_json::from_str::<Item>(input).unwrap_err().to_string();
            assert!(err.contains(message), "{input}: {err}");
        }
        // Through the runtime, a value of another shape where a default
        // exists reads as the default (a generated struct keeps the value in
        // its `extra`).
        let set_aside: Item = json(br#"{"id":"a","count":"many"}"#).unwrap();
        assert_eq!(set_aside.count, 0);
        let body = br#"{"items":[{"id":"ok"},{"id":7,"count":1}]}"#;
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Items {
            items: Vec<Item>,
        }
        let Err(Error::Decode(d)) = json::<Items>(body) else {
            panic!("expected decode error")
        };
        assert_eq!(d.path, "items[1].id");
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Text {
        r#type: String,
        text: String,
    }
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Image {
        url: String,
    }
    #[derive(Debug, PartialEq)]
    enum Part {
        Text(Text),
        Image(Box<Image>),
        Unknown(Value),
    }
    impl TaggedUnion for Part {
        const TAG: &'static str = "type";
        fn variant<'de, A: MapAccess<'de>>(
            tag: &str,
            map: A,
            first: Option<(&'static str, &str)>,
        ) -> Result<Result<Self, A::Error>, A> {
            Ok(match tag {
                "text" => with_first(map, first).map(Self::Text),
                "image" | "picture" => with_first(map, first).map(Self::Image),
                _ => return Err(map),
            })
        }
        fn unknown(value: Value) -> Self {
            Self::Unknown(value)
        }
    }
    impl<'de> Deserialize<'de> for Part {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            tagged(deserializer)
        }
    }

    #[test]
    fn tagged_unions_decode_in_one_pass_wherever_the_tag_is() {
        let text = |t: &str| {
            Part::Text(Text {
                r#type: "text".into(),
                text: t.into(),
            })
        };
        let cases = [
            (r#"{"type":"text","text":"a"}"#, text("a")),
            (r#"{"text":"b","type":"text"}"#, text("b")),
            (
                r#"{"url":"u","type":"picture","extra":[1,{"x":null}]}"#,
                Part::Image(Box::new(Image { url: "u".into() })),
            ),
            (
                r#"{"type":"audio","data":[1,2]}"#,
                Part::Unknown(serde_json::json!({"type":"audio","data":[1,2]})),
            ),
            (
                r#"{"data":1,"type":"audio"}"#,
                Part::Unknown(serde_json::json!({"data":1,"type":"audio"})),
            ),
            (
                r#"{"type":7,"text":"c"}"#,
                Part::Unknown(serde_json::json!({"type":7,"text":"c"})),
            ),
            (
                r#"{"text":"d"}"#,
                Part::Unknown(serde_json::json!({"text":"d"})),
            ),
            (r#""plain""#, Part::Unknown(serde_json::json!("plain"))),
            (r#"[1,"x"]"#, Part::Unknown(serde_json::json!([1, "x"]))),
            ("null", Part::Unknown(Value::Null)),
            ("-3", Part::Unknown(serde_json::json!(-3))),
        ];
        for (input, expected) in cases {
            let from_text: Part = serde_json::from_str(input).unwrap();
            assert_eq!(from_text, expected, "{input}");
            // The same through a Value (another deserializer).
            let value: Value = serde_json::from_str(input).unwrap();
            let from_value: Part = serde_json::from_value(value).unwrap();
            assert_eq!(from_value, expected, "{input} via Value");
        }
    }

    #[test]
    fn tagged_union_errors_keep_their_position_and_path() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Holder {
            parts: Vec<Part>,
        }
        let body = br#"{"parts":[{"type":"text","text":"ok"},{"type":"text","text":5}]}"#;
        let err = json::<Holder>(body).unwrap_err();
        let Error::Decode(d) = err else {
            panic!("expected decode error")
        };
        assert_eq!(d.path, "parts[1].text");
        assert!(d.excerpt.contains("\"text\":5"), "{}", d.excerpt);
        // After a late tag, the variant decodes from the object written
        // again: its error points at the object in the body.
        let late = br#"{"parts":[{"text":5,"type":"text"}]}"#;
        let Err(Error::Decode(d)) = json::<Holder>(late) else {
            panic!("expected decode error")
        };
        assert_eq!(d.path, "parts[0]");
        assert!(
            d.source
                .to_string()
                .starts_with("invalid type: integer `5`")
        );
        // A variant that lacks a required property is an error, not Unknown.
        assert!(serde_json::from_str::<Part>(r#"{"type":"image"}"#).is_err());
    }
}
