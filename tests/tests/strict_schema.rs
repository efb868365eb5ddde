//! The strict-mode transform on the schemas of a dozen representative Rust
//! types, checked against the rules OpenAI documents for strict structured
//! outputs: objects closed (`additionalProperties: false`) with every
//! property required, the root an object, only supported keywords and
//! formats, `anyOf` not `oneOf`, references that resolve; and the types
//! that have no strict form refused with where and why.

use openai_client::helpers::strict_schema::{Optional, to_strict};
use openai_client::helpers::structured::strict_schema_of;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};

/// The keywords strict mode documents.
const SUPPORTED: &[&str] = &[
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

/// Every way `schema` breaks the strict-mode rules.
fn violations(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if schema["type"] != "object" {
        out.push("the root is not an object".to_owned());
    }
    walk(schema, schema, "", &mut out);
    out
}

fn walk(root: &Value, node: &Value, at: &str, out: &mut Vec<String>) {
    let Some(map) = node.as_object() else {
        out.push(format!("{at}: not a schema object"));
        return;
    };
    for key in map.keys() {
        if !SUPPORTED.contains(&key.as_str()) {
            out.push(format!("{at}: unsupported keyword `{key}`"));
        }
    }
    if let Some(format) = map.get("format").and_then(Value::as_str)
        && !FORMATS.contains(&format)
    {
        out.push(format!("{at}: unsupported format `{format}`"));
    }
    if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
        if root.pointer(reference.trim_start_matches('#')).is_none() {
            out.push(format!("{at}: `{reference}` does not resolve"));
        }
        if map.len() > 1 {
            out.push(format!("{at}: `$ref` with siblings"));
        }
    }
    let is_object = map.get("type") == Some(&json!("object"))
        || map
            .get("type")
            .and_then(Value::as_array)
            .is_some_and(|t| t.contains(&json!("object")));
    if is_object {
        if map.get("additionalProperties") != Some(&json!(false)) {
            out.push(format!(
                "{at}: an object without `additionalProperties: false`"
            ));
        }
        let properties: BTreeSet<&String> = map
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().collect())
            .unwrap_or_default();
        let required: BTreeSet<&str> = map
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if properties
            .iter()
            .map(|p| p.as_str())
            .collect::<BTreeSet<_>>()
            != required
        {
            out.push(format!("{at}: `required` is not every property"));
        }
    }
    for (key, child) in map {
        match key.as_str() {
            "properties" | "$defs" | "definitions" => {
                for (name, schema) in child.as_object().into_iter().flatten() {
                    walk(root, schema, &format!("{at}/{key}/{name}"), out);
                }
            }
            "items" => walk(root, child, &format!("{at}/items"), out),
            "anyOf" => {
                for (i, schema) in child.as_array().into_iter().flatten().enumerate() {
                    walk(root, schema, &format!("{at}/anyOf/{i}"), out);
                }
            }
            _ => {}
        }
    }
}

/// The strict schema of `T`, checked.
fn strict<T: JsonSchema>() -> Value {
    let (_, schema) = strict_schema_of::<T>().expect("has a strict form");
    let schema = Value::Object(schema);
    let broken = violations(&schema);
    assert!(
        broken.is_empty(),
        "{}:\n{broken:#?}\n{schema:#}",
        std::any::type_name::<T>()
    );
    schema
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Flat {
    name: String,
    count: u32,
    ratio: f64,
    done: bool,
    small: i8,
    big: u64,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Address {
    street: String,
    city: String,
}

/// A person.
#[derive(Serialize, Deserialize, JsonSchema)]
struct Person {
    /// Their full name.
    name: String,
    home: Address,
    work: Option<Address>,
    nickname: Option<String>,
    age: Option<u8>,
    #[serde(default)]
    tags: Vec<String>,
    addresses: Vec<Address>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Color {
    Red,
    Green,
    DarkBlue,
}

#[derive(Serialize, Deserialize, JsonSchema)]
enum Shape {
    Circle { radius: f64 },
    Square { side: f64 },
    Point,
}

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Event {
    Click { x: i32, y: i32 },
    Key { code: String, shift: Option<bool> },
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Tree {
    value: String,
    children: Vec<Tree>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct LinkedList {
    head: Option<Box<Node>>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Node {
    value: i64,
    next: Option<Box<Node>>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Palette {
    primary: Color,
    accents: Vec<Color>,
    shape: Shape,
    last_event: Option<Event>,
    unique: BTreeSet<String>,
    #[serde(rename = "ID")]
    id: String,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Matrix {
    rows: Vec<Vec<f32>>,
    labels: Vec<Option<String>>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Wrapper(Person);

#[derive(Serialize, Deserialize, JsonSchema)]
struct WithMap {
    scores: HashMap<String, u32>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct WithTuple {
    pair: (String, u32),
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct WithAny {
    extra: Value,
}

#[test]
fn representative_types_become_strict_schemas() {
    let flat = strict::<Flat>();
    assert_eq!(flat["properties"]["count"]["type"], "integer");
    assert!(
        flat["properties"]["count"].get("format").is_none(),
        "uint32 dropped"
    );
    assert_eq!(flat["properties"]["count"]["minimum"], 0);

    let person = strict::<Person>();
    assert_eq!(person["description"], "A person.");
    assert_eq!(
        person["properties"]["name"]["description"],
        "Their full name."
    );
    // An `Option` accepts null; a `#[serde(default)]` field is required as it is.
    assert_eq!(
        person["properties"]["nickname"]["type"],
        json!(["string", "null"])
    );
    assert_eq!(person["properties"]["tags"]["type"], "array");
    let work = &person["properties"]["work"]["anyOf"];
    assert!(
        work.as_array().unwrap().contains(&json!({"type": "null"})),
        "{work}"
    );

    strict::<Palette>();
    strict::<Matrix>();
    strict::<Wrapper>();
    let tree = strict::<Tree>();
    assert_eq!(tree["properties"]["children"]["items"]["$ref"], "#");
    let list = strict::<LinkedList>();
    assert!(list["$defs"]["Node"].is_object(), "{list:#}");

    let palette = strict::<Palette>();
    let text = palette.to_string();
    assert!(
        !text.contains("oneOf") && !text.contains("uniqueItems"),
        "{text}"
    );
}

#[test]
fn types_without_a_strict_form_are_refused_with_where_and_why() {
    let refused = |e: openai_client::Error| e.to_string();
    let map = refused(strict_schema_of::<WithMap>().unwrap_err());
    assert!(
        map.contains("`/properties/scores`") && map.contains("a map"),
        "{map}"
    );
    let tuple = refused(strict_schema_of::<WithTuple>().unwrap_err());
    assert!(
        tuple.contains("`/properties/pair`") && tuple.contains("tuple"),
        "{tuple}"
    );
    let any = refused(strict_schema_of::<WithAny>().unwrap_err());
    assert!(
        any.contains("`/properties/extra`") && any.contains("any value"),
        "{any}"
    );
    // An enum at the root is not an object.
    for root in [
        refused(strict_schema_of::<Shape>().unwrap_err()),
        refused(strict_schema_of::<Color>().unwrap_err()),
    ] {
        assert!(root.contains("the root must be an object"), "{root}");
    }
}

#[test]
fn hand_written_schemas_make_optional_properties_nullable() {
    let schema = json!({
        "type": "object",
        "properties": {
            "a": {"type": "string"},
            "b": {"type": "integer", "enum": [1, 2]},
            "c": {"$ref": "#/$defs/C"},
            "d": {"const": "x"},
            "e": {"oneOf": [{"type": "string"}, {"type": "number"}]}
        },
        "required": ["a"],
        "$defs": {"C": {"type": "object", "properties": {"z": {"type": "boolean", "default": true}}}}
    });
    let strict = to_strict(&schema, Optional::Nullable).expect("strict");
    assert!(violations(&strict).is_empty(), "{:#?}", violations(&strict));
    assert_eq!(strict["properties"]["a"], json!({"type": "string"}));
    assert_eq!(
        strict["properties"]["b"],
        json!({"type": ["integer", "null"], "enum": [1, 2, null]})
    );
    assert_eq!(
        strict["properties"]["c"],
        json!({"anyOf": [{"$ref": "#/$defs/C"}, {"type": "null"}]})
    );
    assert_eq!(
        strict["properties"]["d"],
        json!({"anyOf": [{"const": "x"}, {"type": "null"}]})
    );
    assert!(
        strict["properties"]["e"]["anyOf"][0]["anyOf"].is_array(),
        "{strict:#}"
    );
    assert_eq!(
        strict["$defs"]["C"]["properties"]["z"],
        json!({"type": ["boolean", "null"]})
    );
    let refused = to_strict(
        &json!({"type": "object", "properties": {"x": {"not": {"type": "string"}}}}),
        Optional::Nullable,
    )
    .unwrap_err();
    assert_eq!(refused.pointer, "/properties/x");
    assert!(refused.message.contains("`not`"), "{refused}");
}
