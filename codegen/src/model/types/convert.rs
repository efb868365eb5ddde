//! Conversion from schemas: every component schema and every inline schema
//! that needs a name becomes a [`TypeDef`]; everything else is a [`TypeRef`]
//! to a primitive or container. Built once, in document order, so names are
//! stable. Objects merged across `allOf` are in `all_of`, unions in
//! `unions`, string enums in `enums`.

use serde_json::Value;
use std::collections::BTreeMap;

use super::docs::{deprecation, described};
use super::naming::TypeNamer;
use super::schema::{Shape, shape};
use super::{TypeDef, TypeId, TypeKind, TypeRef, TypeSpace};
use crate::error::Warning;
use crate::load::{Document, Schema};

/// Inline schemas nested deeper than this become `serde_json::Value`.
pub(super) const MAX_DEPTH: usize = 48;

/// Builds a [`TypeSpace`] from a document.
pub struct Builder<'a> {
    pub(crate) doc: &'a Document,
    pub(super) space: TypeSpace,
    pub(super) names: TypeNamer,
    /// Inline string enums by their values, so identical ones share a type.
    pub(super) enums: BTreeMap<(Vec<String>, Option<String>), TypeId>,
}

impl<'a> Builder<'a> {
    /// A builder over `doc`.
    pub fn new(doc: &'a Document) -> Self {
        let components: Vec<&str> = (doc.component_schemas().into_iter())
            .flat_map(|schemas| schemas.keys().map(String::as_str))
            .collect();
        // Names generated crates define next to the types.
        let names = TypeNamer::new(components, ["Client", "Error", "Result"]);
        Self {
            doc,
            space: TypeSpace::default(),
            names,
            enums: BTreeMap::new(),
        }
    }

    /// Defines every component schema, in document order.
    pub fn add_components(&mut self) {
        if let Some(schemas) = self.doc.component_schemas() {
            for name in schemas.keys() {
                let pointer = format!("/components/schemas/{}", crate::load::escape_pointer(name));
                self.named(&pointer, name);
            }
        }
    }

    /// The types as converted: not yet deduplicated, cycles not yet boxed.
    pub fn into_space(self) -> TypeSpace {
        self.space
    }

    /// Records a warning.
    pub fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.space.warnings.push(Warning {
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    /// Reserves a named type, named from `ctx`, to be filled in by the caller.
    pub fn reserve_type(&mut self, pointer: &str, ctx: &str) -> TypeId {
        let name = self.names.inline(ctx);
        self.push(pointer, name, &Value::Null)
    }

    /// A type being defined.
    pub fn type_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self.space[id]
    }

    /// The space built so far.
    pub fn space(&self) -> &TypeSpace {
        &self.space
    }

    pub(super) fn push(&mut self, pointer: &str, name: String, schema: &Value) -> TypeId {
        // A wrapper or a reference without docs of its own takes its
        // target's.
        let docs = described(self.doc, schema);
        let id = self.space.push(TypeDef {
            name,
            pointer: pointer.to_owned(),
            docs,
            // An inline schema's `deprecated` is its property's (the field
            // carries it); a component schema's is the type's.
            deprecated: is_component(pointer).then(|| deprecation(schema)).flatten(),
            kind: TypeKind::Alias(TypeRef::Any),
            facts: Default::default(),
        });
        self.space.by_pointer.insert(pointer.to_owned(), id);
        id
    }

    /// The named type defined by the schema at `pointer`, called `raw` in
    /// the document.
    pub fn named(&mut self, pointer: &str, raw: &str) -> TypeId {
        if let Some(id) = self.space.by_pointer.get(pointer) {
            return *id;
        }
        let name = self.names.component(raw);
        let Some(schema) = self.doc.pointer(pointer) else {
            self.warn(pointer, "schema not found; using JSON value");
            return self.push(pointer, name, &Value::Null);
        };
        let id = self.push(pointer, name.clone(), schema);
        let kind = self.kind_of(schema, pointer, &name, 0);
        self.space[id].kind = kind;
        id
    }

    /// Defines an inline schema under a name made from its context.
    fn inline(&mut self, schema: &'a Value, pointer: &str, ctx: &str, depth: usize) -> TypeRef {
        if let Some(id) = self.space.by_pointer.get(pointer) {
            return TypeRef::Named(*id);
        }
        let name = self.names.inline(ctx);
        let id = self.push(pointer, name.clone(), schema);
        let kind = self.kind_of(schema, pointer, &name, depth);
        self.space[id].kind = kind;
        TypeRef::Named(id)
    }

    /// The shape of `s`, recording a warning when it has one.
    pub(super) fn shape(&mut self, s: &'a Value, pointer: &str) -> Shape<'a> {
        let (shape, warning) = shape(s, pointer);
        if let Some(message) = warning {
            self.warn(pointer, message);
        }
        shape
    }

    /// The type of a schema used in place (a field, an item, a variant).
    pub fn type_of(&mut self, s: &'a Value, pointer: &str, ctx: &str, depth: usize) -> TypeRef {
        if depth > MAX_DEPTH {
            self.warn(pointer, "schema nested too deeply; using JSON value");
            return TypeRef::Any;
        }
        let view = Schema::new(s);
        let nullable = view.is_nullable();
        let ty = match self.shape(s, pointer) {
            Shape::Ref(r) => self.reference(r, pointer),
            Shape::AllOf(members) | Shape::OneOf(members) => {
                let non_null: Vec<_> = members
                    .into_iter()
                    .filter(|(m, _)| !Schema::new(m).is_null_type())
                    .collect();
                match non_null.as_slice() {
                    [] => TypeRef::Any,
                    [(m, p)] if !view.mentions_properties() => self.type_of(m, p, ctx, depth + 1),
                    _ => self.inline(s, pointer, ctx, depth + 1),
                }
            }
            Shape::StringEnum(values) => self.inline_enum(s, pointer, ctx, values),
            Shape::Primitive(t) => t,
            Shape::Array(items) => match items {
                Some(items) => {
                    let item = self.names.item(ctx);
                    let p = format!("{pointer}/items");
                    TypeRef::Array(Box::new(self.type_of(items, &p, &item, depth + 1)))
                }
                None => TypeRef::Array(Box::new(TypeRef::Any)),
            },
            Shape::Object => self.object_ref(s, pointer, ctx, depth),
            Shape::MultiType(_) => self.inline(s, pointer, ctx, depth + 1),
        };
        if nullable { ty.nullable() } else { ty }
    }

    pub(super) fn object_ref(
        &mut self,
        s: &'a Value,
        pointer: &str,
        ctx: &str,
        depth: usize,
    ) -> TypeRef {
        let view = Schema::new(s);
        if view.has_properties() {
            return self.inline(s, pointer, ctx, depth + 1);
        }
        match view.value_schema() {
            Some(ap) => TypeRef::Map(Box::new(self.type_of(
                ap,
                &format!("{pointer}/additionalProperties"),
                &format!("{ctx}Value"),
                depth + 1,
            ))),
            _ => TypeRef::Object,
        }
    }

    pub(super) fn reference(&mut self, r: &str, pointer: &str) -> TypeRef {
        let Some(target) = crate::load::ref_pointer(r) else {
            self.warn(pointer, format!("unsupported reference `{r}`"));
            return TypeRef::Any;
        };
        let raw = target
            .rsplit('/')
            .next()
            .unwrap_or("Schema")
            .replace("~1", "/")
            .replace("~0", "~");
        let id = self.named(&target, &raw);
        let nullable = (self.doc.pointer(&target)).is_some_and(|s| Schema::new(s).is_nullable());
        if nullable {
            TypeRef::Named(id).nullable()
        } else {
            TypeRef::Named(id)
        }
    }

    /// The kind of a named type defined by `s`.
    pub(super) fn kind_of(
        &mut self,
        s: &'a Value,
        pointer: &str,
        name: &str,
        depth: usize,
    ) -> TypeKind {
        if depth > MAX_DEPTH {
            self.warn(pointer, "schema nested too deeply; using JSON value");
            return TypeKind::Alias(TypeRef::Any);
        }
        let view = Schema::new(s);
        match self.shape(s, pointer) {
            Shape::Ref(r) => TypeKind::Alias(self.reference(r, pointer)),
            Shape::AllOf(members) => {
                let non_null: Vec<_> = members
                    .into_iter()
                    .filter(|(m, _)| !Schema::new(m).is_null_type())
                    .collect();
                if non_null.len() == 1 && !view.mentions_properties() {
                    let (m, p) = &non_null[0];
                    return self.wrapped(m, p, name, depth);
                }
                self.merged_struct(s, pointer, name, depth)
            }
            Shape::OneOf(members) => self.union(s, pointer, name, members, depth),
            Shape::StringEnum(values) => {
                let default = view.default().and_then(Value::as_str);
                TypeKind::Enum(super::enums::make_enum(values, default, false))
            }
            Shape::Primitive(t) => TypeKind::Alias(t),
            Shape::Array(_) => {
                let ty = self.type_of(s, pointer, name, depth + 1);
                TypeKind::Alias(strip_nullable(ty))
            }
            Shape::Object => {
                if view.has_properties() {
                    self.merged_struct(s, pointer, name, depth)
                } else {
                    TypeKind::Alias(strip_nullable(self.object_ref(s, pointer, name, depth)))
                }
            }
            Shape::MultiType(types) => self.multi_type(s, pointer, name, &types, depth),
        }
    }

    /// The kind of a named wrapper around one member: the member's own kind
    /// when it is written inline (`Foo: anyOf: [{enum: [...]}, null]` is the
    /// enum `Foo`, not an alias of an enum `Foo2`), else an alias.
    pub(super) fn wrapped(
        &mut self,
        member: &'a Value,
        pointer: &str,
        name: &str,
        depth: usize,
    ) -> TypeKind {
        let view = Schema::new(member);
        if view.reference().is_none() && !view.is_nullable() {
            return self.kind_of(member, pointer, name, depth + 1);
        }
        TypeKind::Alias(strip_nullable(self.type_of(
            member,
            pointer,
            name,
            depth + 1,
        )))
    }

    /// `type: [string, integer, ...]`: an untagged union of the types.
    fn multi_type(
        &mut self,
        s: &'a Value,
        pointer: &str,
        name: &str,
        types: &[&str],
        depth: usize,
    ) -> TypeKind {
        let variants = types
            .iter()
            .map(|t| {
                let ty = match *t {
                    "string" => TypeRef::String,
                    "integer" => TypeRef::Int("i64"),
                    "number" => TypeRef::Float("f64"),
                    "boolean" => TypeRef::Bool,
                    "array" => TypeRef::Array(Box::new(match Schema::new(s).items() {
                        Some(items) => {
                            let item = self.names.item(&format!("{name}Items"));
                            self.type_of(items, &format!("{pointer}/items"), &item, depth + 1)
                        }
                        None => TypeRef::Any,
                    })),
                    _ => TypeRef::Object,
                };
                (ty, None)
            })
            .collect();
        self.untagged(name, variants)
    }
}

/// Whether `pointer` names a component schema itself (not a schema inside
/// one).
fn is_component(pointer: &str) -> bool {
    pointer
        .strip_prefix("/components/schemas/")
        .is_some_and(|name| !name.contains('/'))
}

/// `T` of an `Option<T>`; any other type as it is.
pub(super) fn strip_nullable(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Nullable(inner) => *inner,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::types::tests::space_of;
    use crate::model::types::{TypeKind, TypeRef};
    use serde_json::json;

    #[test]
    fn references_aliases_and_nullability() {
        let space = space_of(json!({
            "Id": {"type": "string"},
            "Maybe": {"type": ["object", "null"], "properties": {"a": {"type": "string"}}},
            "Holder": {"type": "object", "properties": {
                "id": {"$ref": "#/components/schemas/Id"},
                "maybe": {"$ref": "#/components/schemas/Maybe"},
                "tags": {"type": "object", "additionalProperties": {"type": "integer"}}}}
        }));
        assert!(matches!(
            space.kind_named("Id"),
            TypeKind::Alias(TypeRef::String)
        ));
        let s = space.struct_named("Holder");
        assert!(matches!(s.fields[0].ty, TypeRef::Named(_)));
        assert!(
            matches!(&s.fields[1].ty, TypeRef::Nullable(inner) if matches!(**inner, TypeRef::Named(_)))
        );
        assert_eq!(s.fields[2].ty, TypeRef::Map(Box::new(TypeRef::Int("i64"))));
    }

    #[test]
    fn inline_types_are_named_from_their_context() {
        let space = space_of(json!({
            "Request": {"type": "object", "properties": {
                "options": {"type": "object", "properties": {"a": {"type": "string"}}},
                "messages": {"type": "array", "items": {"type": "object", "properties": {"b": {"type": "string"}}}},
                "data": {"type": "array", "items": {"type": "object", "properties": {"c": {"type": "string"}}}},
                "value": {"type": ["string", "array"], "items": {"type": "object", "properties": {"d": {"type": "string"}}}}}}
        }));
        assert_eq!(
            space.names(),
            [
                "Request",
                "RequestOptions",
                "RequestMessage",
                "RequestDataItem",
                "RequestValue",
                "RequestValueItem"
            ]
        );
    }

    #[test]
    fn a_wrapper_takes_its_member_s_kind_and_docs() {
        let space = space_of(json!({
            "Mode": {"anyOf": [{"type": "string", "enum": ["a", "b"], "description": "The mode."}, {"type": "null"}]},
            "Wrapper": {"allOf": [{"type": "object", "properties": {"x": {"type": "string"}}}]}
        }));
        assert_eq!(space.names(), ["Mode", "Wrapper"]);
        assert!(matches!(space.kind_named("Mode"), TypeKind::Enum(_)));
        assert_eq!(space[super::TypeId(0)].docs.as_deref(), Some("The mode."));
        assert_eq!(space.struct_named("Wrapper").fields[0].wire, "x");
    }

    #[test]
    fn schemas_nested_too_deeply_become_json_values() {
        let mut schema = json!({"type": "string"});
        for _ in 0..60 {
            schema = json!({"type": "object", "properties": {"inner": schema}});
        }
        let space = space_of(json!({"Deep": schema}));
        assert!(
            space
                .warnings
                .iter()
                .any(|w| w.message.contains("nested too deeply"))
        );
    }
}
