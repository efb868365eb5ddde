//! What the crate says of a type, a field or a parameter, taken from the
//! document: its description wherever the document put it (on the
//! property, inside the one `anyOf` member that is not `null`, or on the
//! schema a `$ref` names, which rustdoc cannot show from the field when it
//! is an alias), a line on its default and bounds, and why it is
//! deprecated.

use serde_json::Value;

use crate::load::{Composition, Document, Schema};

/// How many `$ref`s and wrappers are followed to find a description.
const MAX_HOPS: usize = 8;

/// The schema a wrapper stands for: the one member of its `allOf`,
/// `oneOf` or `anyOf` that gives a type (nulls and annotations left out),
/// when it has no properties of its own.
pub fn single_member(s: &Value) -> Option<&Value> {
    let view = Schema::new(s);
    if view.properties().is_some() {
        return None;
    }
    for kind in [Composition::AllOf, Composition::OneOf, Composition::AnyOf] {
        if let Some(members) = view.members(kind) {
            let mut typed = members.iter().filter(|m| {
                let m = Schema::new(m);
                !m.is_annotation_only() && !m.is_null_type()
            });
            let Some(first) = typed.next() else {
                continue;
            };
            return typed.next().is_none().then_some(first);
        }
    }
    None
}

/// The description (else the title) of `s`, else of the one schema it
/// wraps, else of the schema it refers to, following up to a few hops.
pub fn described(doc: &Document, s: &Value) -> Option<String> {
    let mut current = s;
    for _ in 0..MAX_HOPS {
        let view = Schema::new(current);
        if let Some(text) = view.docs() {
            return Some(text.to_owned());
        }
        current = match (view.reference(), single_member(current)) {
            (Some(r), _) => doc.pointer(&crate::load::ref_pointer(r)?)?,
            (None, Some(member)) => member,
            (None, None) => return None,
        };
    }
    None
}

/// The docs of a property or parameter schema: [`described`], with a line
/// on its default and bounds when it has them.
pub fn property_docs(doc: &Document, s: &Value) -> Option<String> {
    let text = described(doc, s);
    let note = constraints(s).or_else(|| single_member(s).and_then(constraints));
    match (text, note) {
        (Some(text), Some(note)) if !mentions_all(&text, &note) => {
            Some(format!("{text}\n\n{note}"))
        }
        (None, Some(note)) => Some(note),
        (text, _) => text,
    }
}

/// Whether `text` already states what `note` would (its values all appear
/// in the prose, as in "between 0 and 2").
fn mentions_all(text: &str, note: &str) -> bool {
    note.split('`')
        .skip(1)
        .step_by(2)
        .all(|value| text.contains(value))
}

/// "Defaults to `1`; from `0` to `2`." for a schema with a scalar default
/// or bounds on its value, length or items.
pub fn constraints(s: &Value) -> Option<String> {
    let view = Schema::new(s);
    let mut parts = Vec::new();
    if let Some(d) = view
        .default()
        .filter(|d| !d.is_object() && !d.is_array() && !d.is_null())
    {
        parts.push(format!("defaults to `{}`", scalar(d)));
    }
    let number = |b: crate::load::Bound| {
        let v = Value::from(b.value);
        let text = if b.value.fract() == 0.0 && b.value.abs() < 1e15 {
            format!("{}", b.value as i64)
        } else {
            scalar(&v)
        };
        (text, b.exclusive)
    };
    match view.bounds() {
        (Some(lo), Some(hi)) => {
            let ((lo, lx), (hi, hx)) = (number(lo), number(hi));
            let open = |x: bool| if x { " (excluded)" } else { "" };
            parts.push(format!("from `{lo}`{} to `{hi}`{}", open(lx), open(hx)));
        }
        (Some(lo), None) => {
            let (lo, x) = number(lo);
            parts.push(format!("{} `{lo}`", if x { "above" } else { "at least" }));
        }
        (None, Some(hi)) => {
            let (hi, x) = number(hi);
            parts.push(format!("{} `{hi}`", if x { "below" } else { "at most" }));
        }
        (None, None) => {}
    }
    let counted = |what: &str, (lo, hi): (Option<u64>, Option<u64>)| match (lo, hi) {
        (Some(lo), Some(hi)) if lo == hi => Some(format!("exactly `{lo}` {what}")),
        (Some(lo), Some(hi)) => Some(format!("`{lo}` to `{hi}` {what}")),
        (Some(lo), None) if lo > 0 => Some(format!("at least `{lo}` {what}")),
        (None, Some(hi)) => Some(format!("at most `{hi}` {what}")),
        _ => None,
    };
    parts.extend(counted("characters", view.length()));
    parts.extend(counted("items", view.item_count()));
    let first = parts.first_mut()?;
    if let Some(c) = first.get(..1) {
        *first = format!("{}{}", c.to_uppercase(), &first[1..]);
    }
    Some(format!("{}.", parts.join("; ")))
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Why `s` is deprecated, when it is (or the one schema it wraps is): the
/// sentence of its description that says so, else a plain note.
pub fn deprecation(s: &Value) -> Option<String> {
    let member = single_member(s);
    let deprecated =
        Schema::new(s).is_deprecated() || member.is_some_and(|m| Schema::new(m).is_deprecated());
    if !deprecated {
        return None;
    }
    let text = Schema::new(s)
        .description()
        .or_else(|| member.and_then(|m| Schema::new(m).description()));
    Some(reason(text))
}

/// The sentences of a deprecated item's description that say why and what
/// to use instead ("Deprecated. Use `x` instead."), else a plain note.
pub fn reason(text: Option<&str>) -> String {
    const WORDS: [&str; 4] = ["deprecat", "replaced", "in favor of", "instead"];
    let plain = "Deprecated by the API.".to_owned();
    let Some(text) = text else {
        return plain;
    };
    let first_paragraph = text.split("\n\n").next().unwrap_or_default();
    let mut picked: Vec<&str> = Vec::new();
    for sentence in sentences(first_paragraph) {
        let lower = sentence.to_lowercase();
        let says = WORDS.iter().any(|w| lower.contains(w));
        // "Deprecated." alone takes the sentence after it, which says what
        // to use instead.
        let follows = picked.last().is_some_and(|p| {
            p.trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("deprecated")
        });
        if says || follows {
            picked.push(sentence);
        } else if !picked.is_empty() {
            break;
        }
    }
    if picked.is_empty() {
        return plain;
    }
    let joined = picked.join(" ").replace('\n', " ");
    joined.trim().to_owned()
}

/// The sentences of `text`, each with its final period.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let at_end = end == text.len() || bytes.get(end).is_some_and(|b| b.is_ascii_whitespace());
        if matches!(c, '.' | '!' | '?') && at_end {
            out.push(text[start..end].trim());
            start = end;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Document {
        Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {
                "Metadata": {"description": "Up to 16 key-value pairs.", "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}}, {"type": "null"}]},
                "Wrapped": {"$ref": "#/components/schemas/Metadata"}}}
        }))
        .expect("document")
    }

    #[test]
    fn descriptions_are_found_in_members_and_behind_references() {
        let doc = doc();
        let temperature = json!({"anyOf": [{"type": "number", "description": "What sampling temperature to use.",
            "minimum": 0, "maximum": 2, "default": 1}, {"type": "null"}]});
        assert_eq!(
            property_docs(&doc, &temperature).as_deref(),
            Some("What sampling temperature to use.\n\nDefaults to `1`; from `0` to `2`.")
        );
        let by_ref = json!({"$ref": "#/components/schemas/Wrapped"});
        assert_eq!(
            described(&doc, &by_ref).as_deref(),
            Some("Up to 16 key-value pairs.")
        );
        let own = json!({"$ref": "#/components/schemas/Metadata", "description": "Own."});
        assert_eq!(described(&doc, &own).as_deref(), Some("Own."));
        assert_eq!(described(&doc, &json!({"type": "string"})), None);
    }

    #[test]
    fn notes_are_left_out_when_the_prose_says_the_same() {
        let doc = doc();
        let s = json!({"type": "number", "minimum": 0, "maximum": 2,
            "description": "A value between 0 and 2."});
        assert_eq!(
            property_docs(&doc, &s).as_deref(),
            Some("A value between 0 and 2.")
        );
        assert_eq!(
            constraints(&json!({"type": "string", "maxLength": 64})).as_deref(),
            Some("At most `64` characters.")
        );
        assert_eq!(
            constraints(&json!({"exclusiveMinimum": 0})).as_deref(),
            Some("Above `0`.")
        );
    }

    #[test]
    fn deprecation_reasons_come_from_the_description() {
        let reason_of = |d: &str| reason(Some(d));
        assert_eq!(
            reason_of(
                "Deprecated. Use `prompt_cache_options.ttl` instead.\n\nThe retention policy."
            ),
            "Deprecated. Use `prompt_cache_options.ttl` instead."
        );
        assert_eq!(
            reason_of("Deprecated in favor of `tools`.\n\nA list of functions."),
            "Deprecated in favor of `tools`."
        );
        assert_eq!(
            reason_of("**Deprecated:** use `summary` instead.\n\nA summary."),
            "**Deprecated:** use `summary` instead."
        );
        assert_eq!(
            reason_of(
                "This field is being replaced by `a` and `b`. Use `b` instead.\nA stable identifier."
            ),
            "This field is being replaced by `a` and `b`. Use `b` instead."
        );
        assert_eq!(reason_of("The search query."), "Deprecated by the API.");
        assert_eq!(reason(None), "Deprecated by the API.");
        let member = json!({"anyOf": [{"type": "string", "deprecated": true,
            "description": "Deprecated and replaced by `tool_calls`. The name."}, {"type": "null"}]});
        assert_eq!(
            deprecation(&member).as_deref(),
            Some("Deprecated and replaced by `tool_calls`.")
        );
        assert_eq!(deprecation(&json!({"type": "string"})), None);
    }
}
