//! Reading raw schemas: what a schema is once `$ref`s and nullability are
//! set aside ([`Shape`]), and the small questions conversion asks of a
//! schema (is it nullable, only annotations, only constraints; its docs).

use serde_json::Value;

use super::TypeRef;

/// What a schema is, once `$ref`s and nullability are set aside.
#[derive(Debug)]
pub enum Shape<'a> {
    /// `$ref`.
    Ref(&'a str),
    /// `allOf` members that give a type (with their pointers).
    AllOf(Vec<(&'a Value, String)>),
    /// `oneOf`/`anyOf` members that give a type.
    OneOf(Vec<(&'a Value, String)>),
    /// A string `enum` or `const`.
    StringEnum(Vec<String>),
    /// A primitive (or any JSON value).
    Primitive(TypeRef),
    /// An array with its item schema.
    Array(Option<&'a Value>),
    /// An object.
    Object,
    /// `type: [a, b]` with more than one non-null type.
    MultiType(Vec<&'a str>),
}

/// The shape of `s` at `pointer`, and a warning when its `type` is unknown.
pub fn shape<'a>(s: &'a Value, pointer: &str) -> (Shape<'a>, Option<String>) {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return (Shape::Ref(r), None);
    }
    let members = |key: &str| -> Option<Vec<(&'a Value, String)>> {
        let items = s.get(key)?.as_array()?;
        Some(
            items
                .iter()
                .enumerate()
                .filter(|(_, m)| !is_annotation_only(m))
                .map(|(i, m)| (m, format!("{pointer}/{key}/{i}")))
                .collect(),
        )
    };
    if let Some(all) = members("allOf")
        && (!all.is_empty() || s.get("properties").is_some())
    {
        return (Shape::AllOf(all), None);
    }
    if let Some(one) = members("oneOf").or_else(|| members("anyOf"))
        && !one.is_empty()
    {
        return (Shape::OneOf(one), None);
    }
    if let Some(values) = s.get("enum").and_then(Value::as_array) {
        let strings: Vec<String> = values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let non_null = values.iter().filter(|v| !v.is_null()).count();
        if !strings.is_empty() && strings.len() == non_null {
            return (Shape::StringEnum(strings), None);
        }
    }
    if let Some(Value::String(c)) = s.get("const") {
        return (Shape::StringEnum(vec![c.clone()]), None);
    }
    let types: Vec<&str> = match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect(),
        _ => Vec::new(),
    };
    let ty = match types.as_slice() {
        [] if s.get("properties").is_some() => "object",
        [] if s.get("items").is_some() => "array",
        [] => return (Shape::Primitive(TypeRef::Any), None),
        [one] => one,
        many => return (Shape::MultiType(many.to_vec()), None),
    };
    let format = s.get("format").and_then(Value::as_str).unwrap_or("");
    let shape = match ty {
        "string" if format == "binary" => Shape::Primitive(TypeRef::Binary),
        "string" => Shape::Primitive(TypeRef::String),
        "boolean" => Shape::Primitive(TypeRef::Bool),
        "integer" => Shape::Primitive(TypeRef::Int(match format {
            "int32" => "i32",
            "uint32" => "u32",
            "uint64" => "u64",
            _ => "i64",
        })),
        "number" => Shape::Primitive(TypeRef::Float(if format == "float" {
            "f32"
        } else {
            "f64"
        })),
        "array" => Shape::Array(s.get("items")),
        "object" => Shape::Object,
        "null" => Shape::Primitive(TypeRef::Any),
        other => {
            return (
                Shape::Primitive(TypeRef::Any),
                Some(format!("unknown type `{other}`; using JSON value")),
            );
        }
    };
    (shape, None)
}

/// An object schema that declares at least one property.
pub fn has_properties(s: &Value) -> bool {
    s.get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty())
}

/// Keys that describe a value without giving it a type.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "nullable",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
    "x-stainless-const",
    "x-oaiMeta",
    "x-oaiTypeLabel",
    "x-oaiExpandable",
    "discriminator",
];

/// Keys that only constrain a value of an already known type.
const CONSTRAINTS: &[&str] = &[
    "required",
    "not",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "format",
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "uniqueItems",
];

/// A schema with only annotations (`{nullable: true}`, `{description}`).
pub(super) fn is_annotation_only(s: &Value) -> bool {
    s.as_object()
        .is_some_and(|m| m.keys().all(|k| ANNOTATIONS.contains(&k.as_str())))
}

/// The property sets of `anyOf`/`oneOf: [{required: [a]}, {required: [b]}]`
/// (members with only `required` and annotations); empty otherwise.
pub fn required_alternatives(s: &Value) -> Vec<Vec<&str>> {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = s.get(key) else {
            continue;
        };
        let sets: Option<Vec<Vec<&str>>> = members
            .iter()
            .map(|m| {
                let names: Vec<&str> = m
                    .get("required")?
                    .as_array()?
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                (is_constraint_only(m) && !names.is_empty()).then_some(names)
            })
            .collect();
        if let Some(sets) = sets.filter(|s| !s.is_empty()) {
            return sets;
        }
    }
    Vec::new()
}

/// A schema with only constraints and annotations (`{required: [a]}`).
pub(super) fn is_constraint_only(s: &Value) -> bool {
    s.as_object().is_some_and(|m| {
        !m.is_empty()
            && m.keys()
                .all(|k| ANNOTATIONS.contains(&k.as_str()) || CONSTRAINTS.contains(&k.as_str()))
    })
}

/// `{type: "null"}` (or `nullable` with nothing else).
pub(super) fn is_null_type(s: &Value) -> bool {
    s.get("type") == Some(&Value::String("null".into()))
        || s.get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.len() == 1 && e[0].is_null())
}

/// Does the schema itself allow `null`?
pub fn is_nullable_schema(s: &Value) -> bool {
    if s.get("nullable") == Some(&Value::Bool(true)) {
        return true;
    }
    if let Some(Value::Array(types)) = s.get("type")
        && types.iter().any(|t| t == "null")
    {
        return true;
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = s.get(key)
            && members.iter().any(is_null_type)
        {
            return true;
        }
    }
    if let Some(Value::Array(members)) = s.get("allOf")
        && members
            .iter()
            .any(|m| is_annotation_only(m) && m.get("nullable") == Some(&Value::Bool(true)))
    {
        return true;
    }
    false
}

/// The description, else the title.
pub fn docs_of(s: &Value) -> Option<String> {
    s.get("description")
        .and_then(Value::as_str)
        .or_else(|| s.get("title").and_then(Value::as_str))
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shape_of(s: &Value) -> Shape<'_> {
        shape(s, "#").0
    }

    #[test]
    fn shapes() {
        assert!(matches!(
            shape_of(&json!({"$ref": "#/a"})),
            Shape::Ref("#/a")
        ));
        assert!(matches!(
            shape_of(&json!({"type": "string", "enum": ["a", null]})),
            Shape::StringEnum(v) if v == ["a"]
        ));
        assert!(matches!(shape_of(&json!({"const": "x"})), Shape::StringEnum(v) if v == ["x"]));
        assert!(matches!(
            shape_of(&json!({"type": ["string", "null"]})),
            Shape::Primitive(TypeRef::String)
        ));
        assert!(matches!(
            shape_of(&json!({"type": "integer", "format": "uint64"})),
            Shape::Primitive(TypeRef::Int("u64"))
        ));
        assert!(matches!(
            shape_of(&json!({"type": "string", "format": "binary"})),
            Shape::Primitive(TypeRef::Binary)
        ));
        assert!(matches!(
            shape_of(&json!({"items": {}})),
            Shape::Array(Some(_))
        ));
        assert!(matches!(
            shape_of(&json!({"properties": {}})),
            Shape::Object
        ));
        assert!(matches!(
            shape_of(&json!({"type": ["string", "integer"]})),
            Shape::MultiType(t) if t == ["string", "integer"]
        ));
        assert!(matches!(
            shape_of(&json!({})),
            Shape::Primitive(TypeRef::Any)
        ));
    }

    #[test]
    fn annotation_only_members_do_not_count() {
        // `allOf: [{description}]` is no allOf; the oneOf beside it is.
        let s = json!({"allOf": [{"description": "d"}], "oneOf": [{"type": "string"}, {"type": "integer"}]});
        match shape_of(&s) {
            Shape::OneOf(members) => {
                let pointers: Vec<_> = members.iter().map(|(_, p)| p.as_str()).collect();
                assert_eq!(pointers, ["#/oneOf/0", "#/oneOf/1"]);
            }
            other => panic!("{other:?}"),
        }
        let s = json!({"anyOf": [{"nullable": true}, {"type": "string"}]});
        match shape_of(&s) {
            Shape::OneOf(members) => assert_eq!(members[0].1, "#/anyOf/1"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unknown_type_is_any_with_a_warning() {
        let s = json!({"type": "decimal"});
        let (shape, warning) = shape(&s, "#/x");
        assert!(matches!(shape, Shape::Primitive(TypeRef::Any)));
        assert_eq!(
            warning.as_deref(),
            Some("unknown type `decimal`; using JSON value")
        );
    }

    #[test]
    fn nullability() {
        assert!(is_nullable_schema(&json!({"nullable": true})));
        assert!(is_nullable_schema(&json!({"type": ["object", "null"]})));
        assert!(is_nullable_schema(
            &json!({"anyOf": [{"$ref": "#/a"}, {"type": "null"}]})
        ));
        assert!(is_nullable_schema(
            &json!({"allOf": [{"$ref": "#/a"}, {"nullable": true}]})
        ));
        assert!(!is_nullable_schema(&json!({"type": "string"})));
        assert!(is_null_type(&json!({"enum": [null]})));
    }

    #[test]
    fn required_alternatives_and_constraints() {
        let s = json!({"anyOf": [{"required": ["a"]}, {"required": ["b", "c"]}]});
        assert_eq!(required_alternatives(&s), vec![vec!["a"], vec!["b", "c"]]);
        let typed = json!({"anyOf": [{"required": ["a"], "type": "object"}]});
        assert!(required_alternatives(&typed).is_empty());
        assert!(is_constraint_only(
            &json!({"required": ["a"], "description": "d"})
        ));
        assert!(!is_constraint_only(&json!({})));
        assert!(is_annotation_only(&json!({"title": "t", "x-oaiMeta": {}})));
    }

    #[test]
    fn docs_prefer_the_description_and_skip_blanks() {
        assert_eq!(
            docs_of(&json!({"title": "T", "description": " D "})).as_deref(),
            Some("D")
        );
        assert_eq!(docs_of(&json!({"title": "T", "description": "  "})), None);
        assert_eq!(docs_of(&json!({"title": "T"})).as_deref(), Some("T"));
    }
}
