//! A typed, read-only view of one schema object of the document: its
//! keywords by name (`description`, `enum`, `anyOf`, ...) instead of string
//! look-ups scattered over the model, so that every reader of a keyword
//! reads it the same way (a description is trimmed and never empty; `type`
//! is a list whether the document wrote one name or several).

use serde_json::{Map, Value};

use super::keywords::Keywords;

/// A schema object (or any JSON value standing where one should be).
#[derive(Debug, Clone, Copy)]
pub struct Schema<'a>(Keywords<'a>);

/// The composition keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Composition {
    /// `allOf`.
    AllOf,
    /// `oneOf`.
    OneOf,
    /// `anyOf`.
    AnyOf,
}

impl Composition {
    /// The keyword as the document writes it.
    pub fn keyword(self) -> &'static str {
        match self {
            Self::AllOf => "allOf",
            Self::OneOf => "oneOf",
            Self::AnyOf => "anyOf",
        }
    }
}

impl<'a> Schema<'a> {
    /// A view of `value`.
    pub fn new(value: &'a Value) -> Self {
        Self(Keywords(value))
    }

    /// The JSON underneath.
    pub fn raw(self) -> &'a Value {
        self.0.value()
    }

    /// `$ref`.
    pub fn reference(self) -> Option<&'a str> {
        self.0.str("$ref")
    }

    /// `description`, trimmed, when not empty.
    pub fn description(self) -> Option<&'a str> {
        self.0.text("description")
    }

    /// `title`, trimmed, when not empty.
    pub fn title(self) -> Option<&'a str> {
        self.0.text("title")
    }

    /// The description, else the title.
    pub fn docs(self) -> Option<&'a str> {
        self.description().or_else(|| self.title())
    }

    /// `deprecated: true`.
    pub fn is_deprecated(self) -> bool {
        self.0.flag("deprecated")
    }

    /// `nullable: true` (OpenAPI 3.0).
    pub fn nullable_flag(self) -> bool {
        self.0.flag("nullable")
    }

    /// The names of `type`: one or several (`null` included).
    pub fn types(self) -> Vec<&'a str> {
        match self.0.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// `format`.
    pub fn format(self) -> Option<&'a str> {
        self.0.str("format")
    }

    /// `enum`.
    pub fn enum_values(self) -> Option<&'a [Value]> {
        self.0.get("enum")?.as_array().map(Vec::as_slice)
    }

    /// `const`.
    pub fn constant(self) -> Option<&'a Value> {
        self.0.get("const")
    }

    /// `default`.
    pub fn default(self) -> Option<&'a Value> {
        self.0.get("default")
    }

    /// `example`, else the first of `examples`.
    pub fn example(self) -> Option<&'a Value> {
        self.0.get("example").or_else(|| {
            self.0
                .get("examples")
                .and_then(Value::as_array)
                .and_then(|e| e.first())
        })
    }

    /// `properties`.
    pub fn properties(self) -> Option<&'a Map<String, Value>> {
        self.0.map("properties")
    }

    /// The names listed in `required`.
    pub fn required(self) -> impl Iterator<Item = &'a str> {
        self.0.list("required").iter().filter_map(Value::as_str)
    }

    /// `items`.
    pub fn items(self) -> Option<&'a Value> {
        self.0.get("items")
    }

    /// `additionalProperties` when it is a schema.
    pub fn additional_properties(self) -> Option<&'a Value> {
        self.0.get("additionalProperties").filter(|v| v.is_object())
    }

    /// The members of `allOf`, `oneOf` or `anyOf`.
    pub fn members(self, kind: Composition) -> Option<&'a [Value]> {
        self.0
            .get(kind.keyword())
            .and_then(Value::as_array)
            .map(Vec::as_slice)
    }

    /// `discriminator.propertyName`.
    pub fn discriminator(self) -> Option<&'a str> {
        Keywords(self.0.get("discriminator")?).str("propertyName")
    }

    /// `minimum`, `maximum`, and whether each bound is exclusive (3.0's
    /// boolean form or 3.1's number form).
    pub fn bounds(self) -> (Option<Bound>, Option<Bound>) {
        let bound = |inclusive: &str, exclusive: &str| match (
            self.0.number(inclusive),
            self.0.get(exclusive),
        ) {
            (_, Some(Value::Number(n))) => n.as_f64().map(|value| Bound {
                value,
                exclusive: true,
            }),
            (Some(value), flag) => Some(Bound {
                value,
                exclusive: flag == Some(&Value::Bool(true)),
            }),
            (None, _) => None,
        };
        (
            bound("minimum", "exclusiveMinimum"),
            bound("maximum", "exclusiveMaximum"),
        )
    }

    /// `minLength`, `maxLength`.
    pub fn length(self) -> (Option<u64>, Option<u64>) {
        let n = |key| self.0.count(key);
        (n("minLength"), n("maxLength"))
    }

    /// `minItems`, `maxItems`.
    pub fn item_count(self) -> (Option<u64>, Option<u64>) {
        let n = |key| self.0.count(key);
        (n("minItems"), n("maxItems"))
    }

    /// `pattern`.
    pub fn pattern(self) -> Option<&'a str> {
        self.0.str("pattern")
    }

    /// `multipleOf`.
    pub fn multiple_of(self) -> Option<f64> {
        self.0.number("multipleOf").filter(|m| *m > 0.0)
    }

    /// `uniqueItems: true`.
    pub fn unique_items(self) -> bool {
        self.0.flag("uniqueItems")
    }

    /// `readOnly: true`.
    pub fn is_read_only(self) -> bool {
        self.0.flag("readOnly")
    }

    /// The one name of `type` when it names a single type.
    pub fn type_name(self) -> Option<&'a str> {
        match self.types()[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The names of `type` other than `null`.
    pub fn non_null_types(self) -> Vec<&'a str> {
        let mut types = self.types();
        types.retain(|t| *t != "null");
        types
    }

    /// `properties` is written (even empty: the schema describes an
    /// object's properties, perhaps none).
    pub fn mentions_properties(self) -> bool {
        self.0.get("properties").is_some()
    }

    /// `properties` with at least one property.
    pub fn has_properties(self) -> bool {
        self.properties().is_some_and(|p| !p.is_empty())
    }

    /// `additionalProperties` when it is a schema that says something
    /// (not `{}`, which allows anything).
    pub fn value_schema(self) -> Option<&'a Value> {
        self.additional_properties()
            .filter(|v| v.as_object().is_some_and(|m| !m.is_empty()))
    }

    /// The allowed value is `null` alone: `type: null`, or `enum: [null]`.
    pub fn is_null_type(self) -> bool {
        self.types() == ["null"]
            || self
                .enum_values()
                .is_some_and(|e| e.len() == 1 && e[0].is_null())
    }

    /// The schema itself allows `null`: `nullable: true`, `null` among
    /// several `type` names, a `null` member of `oneOf`/`anyOf`, or an
    /// `allOf` member `{nullable: true}`.
    pub fn is_nullable(self) -> bool {
        let types = self.types();
        self.nullable_flag()
            || (types.len() > 1 && types.contains(&"null"))
            || [Composition::OneOf, Composition::AnyOf]
                .into_iter()
                .any(|kind| {
                    self.members(kind)
                        .is_some_and(|ms| ms.iter().any(|m| Schema::new(m).is_null_type()))
                })
            || self.members(Composition::AllOf).is_some_and(|ms| {
                ms.iter().any(|m| {
                    let m = Schema::new(m);
                    m.is_annotation_only() && m.nullable_flag()
                })
            })
    }

    /// Only annotations: keywords that describe a value without giving it
    /// a type (`{nullable: true}`, `{description}`).
    pub fn is_annotation_only(self) -> bool {
        (self.raw().as_object())
            .is_some_and(|m| m.keys().all(|k| ANNOTATIONS.contains(&k.as_str())))
    }

    /// Only constraints and annotations (`{required: [a]}`): a value of a
    /// type given elsewhere, narrowed.
    pub fn is_constraint_only(self) -> bool {
        self.raw().as_object().is_some_and(|m| {
            !m.is_empty()
                && m.keys()
                    .all(|k| ANNOTATIONS.contains(&k.as_str()) || CONSTRAINTS.contains(&k.as_str()))
        })
    }

    /// Whether any keyword narrows the value beyond its type and length
    /// (a pattern, format, set of values, multiple, exclusive bound, or a
    /// composition that could).
    pub fn narrows_value(self) -> bool {
        NARROWING.iter().any(|k| self.0.get(k).is_some())
    }
}

/// Keywords that describe a value without giving it a type.
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

/// Keywords that only constrain a value of an already known type.
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

/// Keywords that narrow a value beyond its type and length.
const NARROWING: &[&str] = &[
    "pattern",
    "format",
    "enum",
    "const",
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
];

/// A numeric bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    /// The bound.
    pub value: f64,
    /// Whether the bound itself is excluded.
    pub exclusive: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keywords_read_alike_everywhere() {
        let v = json!({"description": "  ", "title": "T", "type": ["string", "null"],
            "enum": ["a"], "required": ["x", 1], "deprecated": true,
            "minimum": 0, "exclusiveMaximum": 2, "anyOf": [{}]});
        let s = Schema::new(&v);
        assert_eq!(s.description(), None);
        assert_eq!(s.docs(), Some("T"));
        assert_eq!(s.types(), ["string", "null"]);
        assert_eq!(s.required().collect::<Vec<_>>(), ["x"]);
        assert!(s.is_deprecated());
        assert_eq!(s.members(Composition::AnyOf).map(<[Value]>::len), Some(1));
        assert_eq!(s.members(Composition::OneOf), None);
        let (min, max) = s.bounds();
        assert_eq!(
            min,
            Some(Bound {
                value: 0.0,
                exclusive: false
            })
        );
        assert_eq!(
            max,
            Some(Bound {
                value: 2.0,
                exclusive: true
            })
        );
        let old = json!({"maximum": 5, "exclusiveMaximum": true});
        assert_eq!(
            Schema::new(&old).bounds().1,
            Some(Bound {
                value: 5.0,
                exclusive: true
            })
        );
    }

    #[test]
    fn null_nullable_annotation_and_constraint_schemas() {
        let yes = |v: Value| Schema::new(&v).is_nullable();
        assert!(yes(json!({"nullable": true})));
        assert!(yes(json!({"type": ["object", "null"]})));
        assert!(yes(json!({"anyOf": [{"$ref": "#/a"}, {"type": "null"}]})));
        assert!(yes(json!({"allOf": [{"$ref": "#/a"}, {"nullable": true}]})));
        assert!(!yes(json!({"type": "string"})));
        assert!(!yes(
            json!({"allOf": [{"type": "string", "nullable": true}]})
        ));
        assert!(Schema::new(&json!({"enum": [null]})).is_null_type());
        assert!(Schema::new(&json!({"type": "null"})).is_null_type());
        assert!(!Schema::new(&json!({"type": ["string", "null"]})).is_null_type());
        let constraint = json!({"required": ["a"], "description": "d"});
        assert!(Schema::new(&constraint).is_constraint_only());
        assert!(!Schema::new(&json!({})).is_constraint_only());
        assert!(!Schema::new(&json!({"type": "string", "required": ["a"]})).is_constraint_only());
        assert!(Schema::new(&json!({"title": "t", "x-oaiMeta": {}})).is_annotation_only());
        assert!(!Schema::new(&json!({"title": "t", "type": "string"})).is_annotation_only());
    }

    #[test]
    fn types_properties_and_narrowing() {
        let v = json!({"type": ["integer", "null"], "properties": {},
            "additionalProperties": {}, "readOnly": true});
        let s = Schema::new(&v);
        assert_eq!(s.non_null_types(), ["integer"]);
        assert_eq!(s.type_name(), None);
        assert!(s.mentions_properties() && !s.has_properties());
        assert!(s.additional_properties().is_some() && s.value_schema().is_none());
        assert!(s.is_read_only() && !s.narrows_value());
        let v =
            json!({"type": "string", "pattern": "^a", "additionalProperties": {"type": "string"}});
        let s = Schema::new(&v);
        assert_eq!(s.type_name(), Some("string"));
        assert!(s.narrows_value() && s.value_schema().is_some());
    }
}
