//! Sample values that satisfy a schema: the spec's constants, enums,
//! defaults and examples first, then values built from the constraints
//! (bounds, lengths, formats). Conformance tests send them to a validating
//! mock, so they must be valid, not merely well-typed.

use crate::load::{Bound, Composition, Schema};
use serde_json::{Map, Value, json};

use crate::load::Document;

/// How much of an object to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// Only the required properties.
    Required,
    /// Every property at the top level, the required ones below.
    Full,
}

/// Nesting beyond this gives up on optional parts.
const MAX_DEPTH: usize = 14;

/// Builds samples over one document.
pub struct Sampler<'a> {
    doc: &'a Document,
    stack: Vec<String>,
}

impl<'a> Sampler<'a> {
    /// A sampler over `doc`.
    pub fn new(doc: &'a Document) -> Self {
        Self {
            doc,
            stack: Vec::new(),
        }
    }

    /// A value valid for `schema`, or `None` when none can be built.
    pub fn sample(
        &mut self,
        schema: &'a Value,
        pointer: &str,
        fill: Fill,
        name: &str,
    ) -> Option<Value> {
        self.value(schema, pointer, fill, name, 0)
    }

    fn value(
        &mut self,
        s: &'a Value,
        pointer: &str,
        fill: Fill,
        name: &str,
        depth: usize,
    ) -> Option<Value> {
        if depth > MAX_DEPTH * 2 {
            return None;
        }
        let (s, pointer) = self.doc.deref(s, pointer).ok()?;
        if self.stack.iter().filter(|p| **p == pointer).count() >= 2 {
            return None;
        }
        self.stack.push(pointer.clone());
        let out = self.value_inner(s, &pointer, fill, name, depth);
        self.stack.pop();
        out
    }

    fn value_inner(
        &mut self,
        s: &'a Value,
        pointer: &str,
        fill: Fill,
        name: &str,
        depth: usize,
    ) -> Option<Value> {
        let view = Schema::new(s);
        if let Some(c) = view.constant() {
            return Some(c.clone());
        }
        if let Some(values) = view.enum_values() {
            return values
                .iter()
                .find(|v| !v.is_null())
                .cloned()
                .or(Some(Value::Null));
        }
        if let Some(members) = view.members(Composition::AllOf) {
            return self.all_of(s, members, pointer, fill, name, depth);
        }
        if let Some(example) = self.any_of_example(s, pointer) {
            return Some(example);
        }
        for kind in [Composition::OneOf, Composition::AnyOf] {
            if let Some(chosen) = self.one_of(s, kind, pointer, fill, name, depth) {
                return chosen;
            }
        }
        if let Some(d) = view.default()
            && !d.is_null()
            && type_matches(s, d)
        {
            return Some(d.clone());
        }
        match schema_type(s) {
            "object" => self.object(s, pointer, fill, depth),
            "array" => self.array(s, pointer, name, depth),
            ty => Some(scalar(s, ty, view.example(), name)),
        }
    }

    /// An `anyOf`'s own scalar example (`ModelIdsShared`: `example: gpt-5.4`
    /// over a string or a set of names), when a member takes it as it is:
    /// a plain scalar of its type, within its lengths and bounds, with no
    /// pattern, format, set of values or other constraint it could break.
    fn any_of_example(&self, s: &'a Value, pointer: &str) -> Option<Value> {
        let example = Schema::new(s).example()?;
        if !(example.is_string() || example.is_number() || example.is_boolean()) {
            return None;
        }
        let members = Schema::new(s).members(Composition::AnyOf)?;
        let takes = |(i, m): (usize, &'a Value)| {
            let Ok((m, _)) = self.doc.deref(m, &format!("{pointer}/anyOf/{i}")) else {
                return false;
            };
            let fits = match example {
                Value::String(text) => fits_length(m, text),
                Value::Number(n) => n.as_f64().is_some_and(|v| in_bounds(m, v)),
                _ => true,
            };
            let view = Schema::new(m);
            !view.types().is_empty() && type_matches(m, example) && fits && !view.narrows_value()
        };
        members
            .iter()
            .enumerate()
            .any(takes)
            .then(|| example.clone())
    }

    /// The members of an `allOf` merged (an object), or the first member's
    /// value when none is an object.
    fn all_of(
        &mut self,
        s: &'a Value,
        members: &'a [Value],
        pointer: &str,
        fill: Fill,
        name: &str,
        depth: usize,
    ) -> Option<Value> {
        let mut merged = Map::new();
        let mut other = None;
        // The members of a top-level `allOf` are the top level.
        let member_depth = if depth == 0 { 0 } else { depth + 1 };
        for (i, m) in members.iter().enumerate() {
            match self.value(m, &format!("{pointer}/allOf/{i}"), fill, name, member_depth) {
                Some(Value::Object(o)) => merged.extend(o),
                Some(v) if other.is_none() => other = Some(v),
                _ => {}
            }
        }
        if let Some(Value::Object(own)) = self.object(s, pointer, fill, depth) {
            merged.extend(own);
        }
        if merged.is_empty() {
            other.or(Some(Value::Object(merged)))
        } else {
            Some(Value::Object(merged))
        }
    }

    /// The first member of a `oneOf`/`anyOf` (`kind`) that has a sample,
    /// with the schema's own properties; `None` when the members only
    /// constrain (`required`, `not`), so that the schema itself decides.
    fn one_of(
        &mut self,
        s: &'a Value,
        kind: Composition,
        pointer: &str,
        fill: Fill,
        name: &str,
        depth: usize,
    ) -> Option<Option<Value>> {
        let members = Schema::new(s).members(kind)?;
        let key = kind.keyword();
        let real: Vec<(usize, &Value)> = members
            .iter()
            .enumerate()
            .filter(|(_, m)| !Schema::new(m).is_null_type())
            .collect();
        if real
            .iter()
            .all(|(_, m)| Schema::new(m).is_constraint_only())
        {
            return None;
        }
        for (i, m) in real {
            if let Some(v) = self.value(m, &format!("{pointer}/{key}/{i}"), fill, name, depth + 1) {
                return Some(Some(self.merge_own(s, pointer, fill, depth, v)));
            }
        }
        Some(None)
    }

    /// An array of `minItems` (at least one, at most `maxItems`) samples
    /// of its items.
    fn array(&mut self, s: &'a Value, pointer: &str, name: &str, depth: usize) -> Option<Value> {
        let (min, max) = Schema::new(s).item_count();
        let min = min.unwrap_or(1).max(1);
        let max = max.unwrap_or(u64::MAX);
        let count = min.min(max);
        if count == 0 {
            return Some(json!([]));
        }
        let item = match Schema::new(s).items() {
            Some(items) => self.value(
                items,
                &format!("{pointer}/items"),
                Fill::Required,
                name,
                depth + 1,
            ),
            None => Some(json!("item")),
        };
        Some(match item {
            Some(v) => Value::Array((0..count).map(|_| v.clone()).collect()),
            None => json!([]),
        })
    }

    /// Adds the schema's own properties next to a union member's sample.
    fn merge_own(
        &mut self,
        s: &'a Value,
        pointer: &str,
        fill: Fill,
        depth: usize,
        v: Value,
    ) -> Value {
        match (v, self.object(s, pointer, fill, depth)) {
            (Value::Object(mut a), Some(Value::Object(b)))
                if Schema::new(s).mentions_properties() =>
            {
                a.extend(b);
                Value::Object(a)
            }
            (v, _) => v,
        }
    }

    fn object(&mut self, s: &'a Value, pointer: &str, fill: Fill, depth: usize) -> Option<Value> {
        let mut out = Map::new();
        let view = Schema::new(s);
        let mut required: Vec<&str> = view.required().collect();
        // `anyOf`/`oneOf` of required sets: satisfy the first; under
        // `oneOf`, which allows one match only, leave out what only the
        // others need.
        let alternatives = super::types::required_alternatives(s);
        let mut excluded: Vec<&str> = Vec::new();
        if let Some((first, others)) = alternatives.split_first() {
            required.extend(first);
            if view.members(Composition::OneOf).is_some() {
                excluded.extend(others.iter().flatten().filter(|n| !required.contains(n)));
            }
        }
        if let Some(props) = view.properties() {
            for (name, prop) in props {
                if excluded.contains(&name.as_str()) {
                    continue;
                }
                let needed = required.contains(&name.as_str());
                let wanted = needed
                    || (fill == Fill::Full && depth == 0 && !Schema::new(prop).is_read_only());
                if !wanted || (!needed && depth > MAX_DEPTH) {
                    continue;
                }
                let p = format!("{pointer}/properties/{}", crate::load::escape_pointer(name));
                match self.value(prop, &p, Fill::Required, name, depth + 1) {
                    Some(v) => {
                        out.insert(name.clone(), v);
                    }
                    None if needed => return None,
                    None => {}
                }
            }
        } else if let Some(ap) = view.value_schema()
            && fill == Fill::Full
            && let Some(v) = self.value(
                ap,
                &format!("{pointer}/additionalProperties"),
                Fill::Required,
                "value",
                depth + 1,
            )
        {
            out.insert("key".into(), v);
        }
        Some(Value::Object(out))
    }
}

fn type_matches(s: &Value, v: &Value) -> bool {
    match Schema::new(s).type_name() {
        Some("string") => v.is_string(),
        Some("integer") => v.is_i64() || v.is_u64(),
        Some("number") => v.is_number(),
        Some("boolean") => v.is_boolean(),
        Some("array") => v.is_array(),
        Some("object") => v.is_object(),
        _ => !v.is_object(),
    }
}

fn fits_length(s: &Value, v: &str) -> bool {
    let len = v.chars().count() as u64;
    let (min, max) = Schema::new(s).length();
    min.is_none_or(|m| len >= m) && max.is_none_or(|m| len <= m)
}

fn in_bounds(s: &Value, v: f64) -> bool {
    let (min, max) = Schema::new(s).bounds();
    let above = |b: Bound| v > b.value || (v == b.value && !b.exclusive);
    let below = |b: Bound| v < b.value || (v == b.value && !b.exclusive);
    min.is_none_or(above) && max.is_none_or(below)
}

fn number_for(s: &Value, integer: bool) -> f64 {
    let step = if integer { 1.0 } else { 0.5 };
    let (min, max) = Schema::new(s).bounds();
    // An exclusive bound moves inward by a step.
    let min = min.map(|b| if b.exclusive { b.value + step } else { b.value });
    let max = max.map(|b| if b.exclusive { b.value - step } else { b.value });
    let candidate: f64 = 1.0;
    let v = match (min, max) {
        (Some(lo), Some(hi)) if candidate < lo || candidate > hi => lo,
        (Some(lo), _) if candidate < lo => lo,
        (_, Some(hi)) if candidate > hi => hi,
        _ => candidate,
    };
    let v = if integer { v.ceil() } else { v };
    // `multipleOf`: the first multiple from there (the bounds permitting).
    match Schema::new(s).multiple_of() {
        Some(step) => {
            let multiple = (v / step).ceil() * step;
            if max.is_none_or(|hi| multiple <= hi) {
                multiple
            } else {
                (v / step).floor() * step
            }
        }
        None => v,
    }
}

fn string_for(s: &Value, name: &str) -> String {
    let view = Schema::new(s);
    let base = match view.format() {
        Some("date-time") => "2024-01-01T00:00:00Z".to_owned(),
        Some("date") => "2024-01-01".to_owned(),
        Some("time") => "12:00:00".to_owned(),
        Some("uri" | "url" | "uri-reference") => "https://example.com/resource".to_owned(),
        Some("email") => "user@example.com".to_owned(),
        Some("uuid") => "00000000-0000-4000-8000-000000000000".to_owned(),
        Some("byte") => "aGVsbG8=".to_owned(),
        Some("binary") => format!("{}.bin", if name.is_empty() { "file" } else { name }),
        Some("ipv4") => "127.0.0.1".to_owned(),
        _ => "string".to_owned(),
    };
    let (min, max) = view.length();
    let min = min.unwrap_or(0) as usize;
    let max = max.map_or(usize::MAX, |m| m as usize);
    let mut out = base;
    while out.chars().count() < min {
        out.push('x');
    }
    out.chars().take(max.max(min)).collect()
}

/// The type a schema says (the first non-null of a list), or what its
/// keys imply.
fn schema_type(s: &Value) -> &str {
    let view = Schema::new(s);
    let types = view.types();
    match view.non_null_types().first() {
        Some(t) => t,
        None if !types.is_empty() => "null",
        None if view.mentions_properties() => "object",
        None if view.items().is_some() => "array",
        None => "",
    }
}

/// A string, number, boolean or null sample: the example where it meets
/// the schema's constraints, else a value made to meet them.
fn scalar(s: &Value, ty: &str, example: Option<&Value>, name: &str) -> Value {
    match ty {
        "string" => match (example, Schema::new(s).pattern()) {
            // A pattern wins over an example, which may not follow it.
            (_, Some(pattern)) => match super::pattern_sample::matching(pattern) {
                Some(text) => Value::String(text),
                None => Value::String(string_for(s, name)),
            },
            (Some(Value::String(e)), None) if fits_length(s, e) => Value::String(e.clone()),
            _ => Value::String(string_for(s, name)),
        },
        "integer" => match example {
            Some(e @ Value::Number(n)) if n.is_i64() && in_bounds(s, n.as_f64().unwrap_or(0.0)) => {
                e.clone()
            }
            _ => json!(number_for(s, true) as i64),
        },
        "number" => match example {
            Some(e @ Value::Number(n)) if in_bounds(s, n.as_f64().unwrap_or(0.0)) => e.clone(),
            _ => json!(number_for(s, false)),
        },
        // `stream: true` would turn a plain call into a stream.
        "boolean" => Value::Bool(name != "stream" && name != "background"),
        "null" => Value::Null,
        _ => match example {
            Some(e) => e.clone(),
            None => json!("value"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::{Fill, Sampler};
    use crate::load::Document;
    use serde_json::{Value, json};

    fn sample(schema: Value, fill: Fill) -> Option<Value> {
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"Target": schema,
                "Loop": {"type": "object", "required": ["next"], "properties": {
                    "next": {"$ref": "#/components/schemas/Loop"}}}}}
        }))
        .expect("document");
        let schema = doc.pointer("/components/schemas/Target").cloned().unwrap();
        let mut sampler = Sampler::new(&doc);
        sampler.sample(&schema, "/components/schemas/Target", fill, "field")
    }

    #[test]
    fn constants_enums_defaults_and_examples_come_first() {
        assert_eq!(
            sample(json!({"const": "x"}), Fill::Required),
            Some(json!("x"))
        );
        assert_eq!(
            sample(json!({"enum": [null, "b"]}), Fill::Required),
            Some(json!("b"))
        );
        assert_eq!(
            sample(json!({"type": "integer", "default": 7}), Fill::Required),
            Some(json!(7))
        );
        let example = json!({"type": "string", "example": "hello", "maxLength": 3});
        // An example that breaks the schema's own bounds is not used.
        assert_ne!(sample(example, Fill::Required), Some(json!("hello")));
    }

    #[test]
    fn an_any_of_s_own_example_is_used_where_a_member_takes_it() {
        let models = json!({"example": "gpt-5.4", "anyOf": [
            {"type": "string"}, {"type": "string", "enum": ["gpt-5.5"]}]});
        assert_eq!(sample(models, Fill::Required), Some(json!("gpt-5.4")));
        // No member takes it as it is: a pattern, a set of values, bounds.
        for members in [
            json!([{"type": "string", "pattern": "^m-"}]),
            json!([{"type": "string", "enum": ["a"]}]),
            json!([{"type": "string", "maxLength": 3}]),
            json!([{"type": "integer"}]),
        ] {
            let schema = json!({"example": "gpt-5.4", "anyOf": members});
            assert_ne!(
                sample(schema.clone(), Fill::Required),
                Some(json!("gpt-5.4")),
                "{schema}"
            );
        }
        let temperature = json!({"example": 0.7, "anyOf": [
            {"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]});
        assert_eq!(sample(temperature, Fill::Required), Some(json!(0.7)));
    }

    #[test]
    fn values_meet_their_bounds() {
        let n = sample(
            json!({"type": "integer", "minimum": 10, "maximum": 12}),
            Fill::Required,
        );
        let n = n.and_then(|v| v.as_i64()).expect("a number");
        assert!((10..=12).contains(&n));
        let list = sample(
            json!({"type": "array", "minItems": 3, "items": {"type": "boolean"}}),
            Fill::Required,
        );
        assert_eq!(list.map(|v| v.as_array().map(Vec::len)), Some(Some(3)));
    }

    #[test]
    fn objects_are_filled_as_asked() {
        let object = json!({"type": "object", "required": ["a"], "properties": {
            "a": {"type": "string"}, "b": {"type": "string"}}});
        let required = sample(object.clone(), Fill::Required).expect("sample");
        assert!(required.get("a").is_some() && required.get("b").is_none());
        let full = sample(object, Fill::Full).expect("sample");
        assert!(full.get("b").is_some());
        // A `stream` flag is never set: it would turn the call into a stream.
        let flags = json!({"type": "object", "required": ["stream"], "properties": {"stream": {"type": "boolean"}}});
        assert_eq!(
            sample(flags, Fill::Required),
            Some(json!({"stream": false}))
        );
    }

    #[test]
    fn a_schema_that_requires_itself_forever_has_no_sample() {
        let looped = json!({"$ref": "#/components/schemas/Loop"});
        assert_eq!(sample(looped, Fill::Required), None);
    }
}
