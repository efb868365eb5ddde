//! Objects: the properties of a schema gathered across `allOf` members and
//! `$ref`s into one struct (later definitions of a property win), with the
//! unions an `allOf` extends kept whole as flattened fields.

use serde_json::Value;

use super::convert::{Builder, MAX_DEPTH, strip_nullable};
use super::docs::{deprecation, property_docs};
use super::naming;
use super::schema::required_alternatives;
use super::{Field, Struct, TypeKind, TypeRef};
use crate::load::{Composition, Schema};
use crate::model::names::{Namer, field_name};

/// The properties of an object schema gathered across `allOf` and `$ref`s.
#[derive(Default)]
pub(super) struct Collected<'a> {
    pub props: Vec<(String, &'a Value, String)>,
    pub required: Vec<String>,
    pub additional: Option<(&'a Value, String)>,
    pub unions: Vec<(&'a Value, String)>,
}

impl<'a> Builder<'a> {
    /// Collects the properties of an object schema, following `allOf` and
    /// `$ref`s; later definitions of a property win.
    pub(super) fn collect_props(
        &mut self,
        s: &'a Value,
        pointer: &str,
        c: &mut Collected<'a>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            self.warn(pointer, "allOf nested too deeply");
            return;
        }
        let (s, pointer) = match self.doc.deref(s, pointer) {
            Ok((v, p)) => (v, p),
            Err(e) => {
                self.warn(pointer, e.to_string());
                return;
            }
        };
        let view = Schema::new(s);
        if let Some(members) = view.members(Composition::AllOf) {
            for (i, m) in members.iter().enumerate() {
                self.collect_props(m, &format!("{pointer}/allOf/{i}"), c, depth + 1);
            }
        }
        let is_union = [Composition::OneOf, Composition::AnyOf]
            .into_iter()
            .any(|kind| {
                view.members(kind).is_some_and(|ms| {
                    ms.iter()
                        .map(Schema::new)
                        .any(|m| !m.is_annotation_only() && !m.is_constraint_only())
                })
            });
        if view.members(Composition::AllOf).is_none() && is_union && !view.mentions_properties() {
            // A union extended by allOf: kept whole, flattened into the struct.
            c.unions.push((s, pointer.clone()));
        }
        if let Some(props) = view.properties() {
            for (name, prop) in props {
                let p = format!("{pointer}/properties/{}", crate::load::escape_pointer(name));
                if let Some(existing) = c.props.iter_mut().find(|(n, _, _)| n == name) {
                    existing.1 = prop;
                    existing.2 = p;
                } else {
                    c.props.push((name.clone(), prop, p));
                }
            }
        }
        {
            for r in view.required() {
                if !c.required.iter().any(|x| x == r) {
                    c.required.push(r.to_owned());
                }
            }
        }
        if let Some(ap) = view.value_schema() {
            c.additional = Some((ap, format!("{pointer}/additionalProperties")));
        }
    }

    pub(super) fn merged_struct(
        &mut self,
        s: &'a Value,
        pointer: &str,
        name: &str,
        depth: usize,
    ) -> TypeKind {
        let mut c = Collected::default();
        self.collect_props(s, pointer, &mut c, depth);
        let Collected {
            props,
            required,
            additional,
            unions,
        } = c;
        let mut namer = Namer::new();
        namer.reserve("new");
        // The derive's method for properties beyond the declared ones.
        namer.reserve("extra_field");
        let mut fields = Vec::with_capacity(props.len() + unions.len());
        for (i, (u, p)) in unions.into_iter().enumerate() {
            let base = if i == 0 {
                "base".to_owned()
            } else {
                format!("base_{}", i + 1)
            };
            let ty = strip_nullable(self.type_of(u, &p, &format!("{name}Base"), depth + 1));
            fields.push(Field {
                name: namer.unique(&base),
                wire: base,
                pointer: p,
                ty,
                required: true,
                docs: Some("The value this type extends; its fields are serialized inline.".into()),
                deprecated: None,
                boxed: false,
                flatten: true,
            });
        }
        for (wire, prop, p) in props {
            let ctx = naming::property(name, &wire);
            let ty = self.type_of(prop, &p, &ctx, depth + 1);
            let rust = namer.unique(&field_name(&wire, "field"));
            fields.push(Field {
                name: rust,
                required: required.contains(&wire),
                docs: property_docs(self.doc, prop),
                deprecated: deprecation(prop),
                wire,
                pointer: p,
                ty,
                boxed: false,
                flatten: false,
            });
        }
        let has_props = !fields.is_empty();
        let additional = additional.filter(|_| has_props).map(|(ap, p)| {
            let ty = self.type_of(ap, &p, &format!("{name}Value"), depth + 1);
            let _ = namer.unique("additional_properties");
            ty
        });
        if !has_props {
            return TypeKind::Alias(TypeRef::Object);
        }
        let alternatives = required_alternatives(s)
            .into_iter()
            .map(|names| names.into_iter().map(str::to_owned).collect())
            .collect();
        TypeKind::Struct(Struct {
            fields,
            additional,
            alternatives,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::types::tests::space_of;
    use crate::model::types::{TypeKind, TypeRef};
    use serde_json::json;

    #[test]
    fn all_of_members_merge_and_later_properties_win() {
        let space = space_of(json!({
            "Base": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"}, "n": {"type": "string"}}},
            "Derived": {"allOf": [{"$ref": "#/components/schemas/Base"}, {
                "type": "object", "required": ["n"],
                "properties": {"n": {"type": "integer"}, "extra": {"type": "boolean"}}}]}
        }));
        let s = space.struct_named("Derived");
        let fields: Vec<_> = s
            .fields
            .iter()
            .map(|f| (f.wire.as_str(), f.ty.clone(), f.required))
            .collect();
        assert_eq!(
            fields,
            [
                ("id", TypeRef::String, true),
                ("n", TypeRef::Int("i64"), true),
                ("extra", TypeRef::Bool, false)
            ]
        );
    }

    #[test]
    fn a_union_extended_by_all_of_is_a_flattened_base() {
        let space = space_of(json!({
            "Shape": {"oneOf": [
                {"type": "object", "properties": {"type": {"const": "a"}, "x": {"type": "string"}}},
                {"type": "object", "properties": {"type": {"const": "b"}, "y": {"type": "string"}}}]},
            "Placed": {"allOf": [{"$ref": "#/components/schemas/Shape"},
                {"type": "object", "properties": {"at": {"type": "integer"}}}]}
        }));
        let s = space.struct_named("Placed");
        assert!(s.fields[0].flatten);
        assert_eq!(s.fields[0].name, "base");
        assert_eq!(s.fields[1].wire, "at");
    }

    #[test]
    fn required_alternatives_stay_on_the_struct() {
        let space = space_of(json!({
            "Pick": {"type": "object",
                "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                "anyOf": [{"required": ["a"]}, {"required": ["b"]}]}
        }));
        let s = space.struct_named("Pick");
        assert_eq!(s.alternatives, [vec!["a".to_owned()], vec!["b".to_owned()]]);
    }

    #[test]
    fn an_object_without_properties_is_a_json_object() {
        let space =
            space_of(json!({"Empty": {"allOf": [{"type": "object"}, {"description": "d"}]}}));
        assert!(matches!(
            space.kind_named("Empty"),
            TypeKind::Alias(TypeRef::Object)
        ));
    }
}
