//! Unions (`oneOf`/`anyOf`): all-string unions become one open string enum;
//! members told apart by a constant property become a tagged union; the
//! rest are untagged, tried in order from the most demanding member.

use serde_json::Value;
use std::collections::BTreeMap;

use super::all_of::Collected;
use super::convert::{Builder, strip_nullable};
use super::enums::make_enum;
use super::naming;
use super::schema::Shape;
use super::{TypeKind, TypeRef, TypeSpace, Union, UnionVariant};
use crate::load::{Composition, Schema};
use crate::model::names::{Namer, type_name};

impl<'a> Builder<'a> {
    pub(super) fn union(
        &mut self,
        s: &'a Value,
        pointer: &str,
        name: &str,
        members: Vec<(&'a Value, String)>,
        depth: usize,
    ) -> TypeKind {
        let members: Vec<_> = members
            .into_iter()
            .filter(|(m, _)| !Schema::new(m).is_null_type())
            .collect();
        if members
            .iter()
            .all(|(m, _)| Schema::new(m).is_constraint_only())
        {
            // `oneOf: [{required: [a]}, {required: [b]}]` only constrains
            // which properties are present: the schema is its object.
            return self.merged_struct(s, pointer, name, depth);
        }
        let members: Vec<_> = members
            .into_iter()
            .filter(|(m, _)| !Schema::new(m).is_constraint_only())
            .collect();
        if Schema::new(s).mentions_properties() {
            self.warn(
                pointer,
                "properties beside oneOf/anyOf are ignored; the union is typed by its members",
            );
        }
        match members.as_slice() {
            [] => return TypeKind::Alias(TypeRef::Any),
            [(m, p)] => {
                return self.wrapped(m, p, name, depth);
            }
            _ => {}
        }
        // All members are strings: one open string enum.
        if let Some((values, open)) = self.string_values(&members) {
            let default = Schema::new(s).default().and_then(Value::as_str);
            return TypeKind::Enum(make_enum(values, default, open));
        }
        let tag = self.find_tag(s, &members);
        let mut variants = Vec::with_capacity(members.len());
        for (i, (m, p)) in members.iter().enumerate() {
            let tag_value = tag
                .as_ref()
                .and_then(|(_, tags)| tags[i].first())
                .map(String::as_str);
            let hint = naming::variant(name, m, tag_value);
            let ty = strip_nullable(self.type_of(m, p, &hint, depth + 1));
            variants.push((ty, tag.as_ref().map(|(_, tags)| tags[i].clone())));
        }
        match tag {
            Some((prop, _)) => self.tagged(prop, variants),
            None => self.untagged(name, variants),
        }
    }

    /// The string values of members that are all strings, if they are.
    fn string_values(&mut self, members: &[(&'a Value, String)]) -> Option<(Vec<String>, bool)> {
        let mut values = Vec::new();
        let mut open = false;
        for (m, p) in members {
            self.collect_strings(m, p, &mut values, &mut open, 0)?;
        }
        let mut seen = std::collections::BTreeSet::new();
        values.retain(|v| seen.insert(v.clone()));
        Some((values, open))
    }

    /// Adds the values of a string-only schema (nested string unions
    /// included); `None` when the schema admits something else.
    fn collect_strings(
        &mut self,
        m: &'a Value,
        p: &str,
        values: &mut Vec<String>,
        open: &mut bool,
        depth: usize,
    ) -> Option<()> {
        if depth > 16 {
            return None;
        }
        let (m, p) = self.doc.deref(m, p).ok()?;
        let view = Schema::new(m);
        if let Some(vs) = view.enum_values() {
            for v in vs {
                match v {
                    Value::String(s) => values.push(s.clone()),
                    Value::Null => {}
                    _ => return None,
                }
            }
            return Some(());
        }
        if let Some(c) = view.constant().and_then(Value::as_str) {
            values.push(c.to_owned());
            return Some(());
        }
        if view.type_name() == Some("string") && view.format() != Some("binary") {
            // A plain string member: any string is allowed.
            *open = true;
            return Some(());
        }
        for kind in [Composition::AnyOf, Composition::OneOf] {
            if let Some(nested) = view.members(kind) {
                let key = kind.keyword();
                for (i, n) in nested.iter().enumerate() {
                    if Schema::new(n).is_null_type() {
                        continue;
                    }
                    self.collect_strings(n, &format!("{p}/{key}/{i}"), values, open, depth + 1)?;
                }
                return Some(());
            }
        }
        None
    }

    /// The property that tells the members apart, and each member's values.
    fn find_tag(
        &mut self,
        s: &Value,
        members: &[(&'a Value, String)],
    ) -> Option<(String, Vec<Vec<String>>)> {
        let mut per_member: Vec<BTreeMap<String, Vec<String>>> = Vec::new();
        for (m, p) in members {
            let (resolved, rp) = self.doc.deref(m, p).ok()?;
            if matches!(self.shape(resolved, &rp), Shape::OneOf(_)) {
                return None;
            }
            let mut c = Collected::default();
            self.collect_props(resolved, &rp, &mut c, 0);
            if !c.unions.is_empty() {
                return None;
            }
            let props = c.props;
            let mut consts = BTreeMap::new();
            for (name, prop, pp) in props {
                let Ok((prop, _)) = self.doc.deref(prop, &pp) else {
                    continue;
                };
                let prop = Schema::new(prop);
                let values: Vec<String> = match (prop.enum_values(), prop.constant()) {
                    (Some(vs), _) => vs
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                    (_, Some(Value::String(c))) => vec![c.clone()],
                    _ => continue,
                };
                if !values.is_empty() {
                    consts.insert(name, values);
                }
            }
            per_member.push(consts);
        }
        let mut candidates: Vec<String> = Vec::new();
        if let Some(p) = Schema::new(s).discriminator() {
            candidates.push(p.to_owned());
        }
        for c in ["type", "object", "event", "role", "kind"] {
            candidates.push(c.to_owned());
        }
        if let Some(first) = per_member.first() {
            candidates.extend(first.keys().cloned());
        }
        'candidates: for prop in candidates {
            let mut all = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            for consts in &per_member {
                let Some(values) = consts.get(&prop) else {
                    continue 'candidates;
                };
                for v in values {
                    if !seen.insert(v.clone()) {
                        continue 'candidates;
                    }
                }
                all.push(values.clone());
            }
            return Some((prop, all));
        }
        None
    }

    fn tagged(&mut self, tag: String, variants: Vec<(TypeRef, Option<Vec<String>>)>) -> TypeKind {
        let mut namer = Namer::new();
        let variants: Vec<UnionVariant> = variants
            .into_iter()
            .map(|(ty, tags)| {
                let tags = tags.unwrap_or_default();
                let base = tags
                    .first()
                    .map_or_else(|| "Variant".to_owned(), |t| type_name(t, "Variant"));
                UnionVariant {
                    name: namer.unique(&base),
                    ty,
                    tags,
                    boxed: false,
                }
            })
            .collect();
        let fallback = namer.unique("Unknown");
        TypeKind::Union(Union {
            tag: Some(tag),
            variants,
            fallback,
        })
    }

    pub(super) fn untagged(
        &mut self,
        name: &str,
        variants: Vec<(TypeRef, Option<Vec<String>>)>,
    ) -> TypeKind {
        let mut namer = Namer::new();
        let mut out: Vec<UnionVariant> = Vec::new();
        for (ty, _) in variants {
            if out.iter().any(|v| v.ty == ty) {
                continue;
            }
            let base = self.variant_name(name, &ty);
            out.push(UnionVariant {
                name: namer.unique(&base),
                ty,
                tags: Vec::new(),
                boxed: false,
            });
        }
        // serde tries untagged variants in order: the most demanding first.
        let space = &self.space;
        out.sort_by_key(|v| std::cmp::Reverse(decode_priority(space, &v.ty)));
        let fallback = namer.unique("Other");
        TypeKind::Union(Union {
            tag: None,
            variants: out,
            fallback,
        })
    }

    fn variant_name(&self, union: &str, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Named(id) => {
                let full = &self.space[*id].name;
                strip_common_prefix(union, full)
            }
            TypeRef::String => "String".into(),
            TypeRef::Bool => "Bool".into(),
            TypeRef::Int(_) => "Integer".into(),
            TypeRef::Float(_) => "Number".into(),
            TypeRef::Any => "Any".into(),
            TypeRef::Object | TypeRef::Map(_) => "Object".into(),
            TypeRef::Binary => "File".into(),
            TypeRef::Array(inner) => format!("{}List", self.variant_name(union, inner)),
            TypeRef::Nullable(inner) => self.variant_name(union, inner),
        }
    }
}

/// How demanding a type is to decode (higher first in untagged unions).
fn decode_priority(space: &TypeSpace, ty: &TypeRef) -> usize {
    match space.resolve(ty) {
        TypeRef::Named(id) => match &space[*id].kind {
            TypeKind::Struct(s) => {
                1000 + s.fields.iter().filter(|f| f.required).count() * 10 + s.fields.len().min(9)
            }
            TypeKind::Union(u) if u.tag.is_some() => 900,
            TypeKind::Union(_) => 100,
            TypeKind::Enum(_) => 300,
            TypeKind::Alias(_) => 50,
        },
        TypeRef::Array(_) => 500,
        TypeRef::Int(_) => 420,
        TypeRef::Float(_) => 410,
        TypeRef::Bool => 400,
        TypeRef::String | TypeRef::Binary => 350,
        TypeRef::Map(_) | TypeRef::Object => 200,
        TypeRef::Nullable(_) | TypeRef::Any => 0,
    }
}

/// `ChatCompletionRequestMessage` + `ChatCompletionRequestUserMessage` ->
/// `UserMessage`: drops the words the variant shares with the union.
fn strip_common_prefix(union: &str, variant: &str) -> String {
    let words = |s: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in s.chars() {
            if c.is_ascii_uppercase() || out.is_empty() {
                out.push(c.to_string());
            } else if let Some(last) = out.last_mut() {
                last.push(c);
            }
        }
        out
    };
    let u = words(union);
    let v = words(variant);
    let common = u.iter().zip(&v).take_while(|(a, b)| a == b).count();
    let rest: String = v[common..].concat();
    if rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()) {
        variant.to_owned()
    } else {
        rest
    }
}

#[cfg(test)]
mod tests {
    use super::strip_common_prefix;
    use crate::model::types::TypeKind;
    use crate::model::types::tests::space_of;
    use serde_json::json;

    #[test]
    fn members_with_a_constant_property_make_a_tagged_union() {
        let space = space_of(json!({
            "Tool": {"oneOf": [
                {"type": "object", "properties": {"type": {"const": "function"}, "name": {"type": "string"}}},
                {"type": "object", "properties": {"type": {"const": "web_search"}}}]}
        }));
        let TypeKind::Union(u) = space.kind_named("Tool") else {
            panic!("not a union");
        };
        assert_eq!(u.tag.as_deref(), Some("type"));
        let names: Vec<_> = u.variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["Function", "WebSearch"]);
        assert_eq!(u.fallback, "Unknown");
        // Inline members are named from their tag value.
        assert!(space.names().contains(&"ToolFunction"));
    }

    #[test]
    fn untagged_members_are_named_by_what_they_are_and_tried_most_demanding_first() {
        let space = space_of(json!({
            "Choice": {"oneOf": [
                {"type": "string", "enum": ["none", "auto"]},
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}}]}
        }));
        let TypeKind::Union(u) = space.kind_named("Choice") else {
            panic!("not a union");
        };
        assert_eq!(u.tag, None);
        let names: Vec<_> = u.variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["Object", "ItemList", "Mode"]);
        assert_eq!(u.fallback, "Other");
        for name in ["ChoiceMode", "ChoiceObject", "ChoiceItem"] {
            assert!(
                space.names().contains(&name),
                "{name} in {:?}",
                space.names()
            );
        }
    }

    #[test]
    fn string_members_make_one_open_enum() {
        let space = space_of(json!({
            "Model": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a", "b"]}]}
        }));
        let TypeKind::Enum(e) = space.kind_named("Model") else {
            panic!("not an enum");
        };
        assert!(e.open);
        assert_eq!(e.variants.len(), 2);
    }

    #[test]
    fn a_nullable_wrapper_is_its_member() {
        let space = space_of(json!({
            "Effort": {"anyOf": [{"type": "string", "enum": ["low", "high"]}, {"type": "null"}]}
        }));
        assert!(matches!(space.kind_named("Effort"), TypeKind::Enum(_)));
        assert_eq!(space.names(), ["Effort"]);
    }

    #[test]
    fn common_words_are_dropped_from_variant_names() {
        assert_eq!(
            strip_common_prefix(
                "ChatCompletionRequestMessage",
                "ChatCompletionRequestUserMessage"
            ),
            "UserMessage"
        );
        assert_eq!(strip_common_prefix("Foo", "Foo2"), "Foo2");
        assert_eq!(strip_common_prefix("Foo", "Foo"), "Foo");
    }
}
