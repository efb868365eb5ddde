//! Reading raw schemas: what a schema is once `$ref`s and nullability are
//! set aside ([`Shape`]), and the `required` alternatives of a schema. The
//! keywords themselves are read through [`crate::load::Schema`].

use serde_json::Value;

use super::TypeRef;
use crate::load::{Composition, Schema};

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
    let view = Schema::new(s);
    if let Some(r) = view.reference() {
        return (Shape::Ref(r), None);
    }
    let members = |kind: Composition| -> Option<Vec<(&'a Value, String)>> {
        let key = kind.keyword();
        Some(
            view.members(kind)?
                .iter()
                .enumerate()
                .filter(|(_, m)| !Schema::new(m).is_annotation_only())
                .map(|(i, m)| (m, format!("{pointer}/{key}/{i}")))
                .collect(),
        )
    };
    if let Some(all) = members(Composition::AllOf)
        && (!all.is_empty() || view.mentions_properties())
    {
        return (Shape::AllOf(all), None);
    }
    if let Some(one) = members(Composition::OneOf).or_else(|| members(Composition::AnyOf))
        && !one.is_empty()
    {
        return (Shape::OneOf(one), None);
    }
    if let Some(values) = view.enum_values() {
        let strings: Vec<String> = values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let non_null = values.iter().filter(|v| !v.is_null()).count();
        if !strings.is_empty() && strings.len() == non_null {
            return (Shape::StringEnum(strings), None);
        }
    }
    if let Some(c) = view.constant().and_then(Value::as_str) {
        return (Shape::StringEnum(vec![c.to_owned()]), None);
    }
    let ty = match view.non_null_types()[..] {
        [] if view.mentions_properties() => "object",
        [] if view.items().is_some() => "array",
        [] => return (Shape::Primitive(TypeRef::Any), None),
        [one] => one,
        ref many => return (Shape::MultiType(many.to_vec()), None),
    };
    let format = view.format().unwrap_or("");
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
        "array" => Shape::Array(view.items()),
        "object" => Shape::Object,
        other => {
            return (
                Shape::Primitive(TypeRef::Any),
                Some(format!("unknown type `{other}`; using JSON value")),
            );
        }
    };
    (shape, None)
}

/// The property sets of `anyOf`/`oneOf: [{required: [a]}, {required: [b]}]`
/// (members with only `required` and annotations); empty otherwise.
pub fn required_alternatives(s: &Value) -> Vec<Vec<&str>> {
    for kind in [Composition::AnyOf, Composition::OneOf] {
        let Some(members) = Schema::new(s).members(kind) else {
            continue;
        };
        let sets: Option<Vec<Vec<&str>>> = members
            .iter()
            .map(|m| {
                let m = Schema::new(m);
                let names: Vec<&str> = m.required().collect();
                (m.is_constraint_only() && !names.is_empty()).then_some(names)
            })
            .collect();
        if let Some(sets) = sets.filter(|s| !s.is_empty()) {
            return sets;
        }
    }
    Vec::new()
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
    fn required_alternatives_and_constraints() {
        let s = json!({"anyOf": [{"required": ["a"]}, {"required": ["b", "c"]}]});
        assert_eq!(required_alternatives(&s), vec![vec!["a"], vec!["b", "c"]]);
        let typed = json!({"anyOf": [{"required": ["a"], "type": "object"}]});
        assert!(required_alternatives(&typed).is_empty());
    }
}
