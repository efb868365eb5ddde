//! The type space: the named types of a spec and the questions the emitter
//! asks of them. Its parts, each in its own file:
//! - [`ir`]: what a type is (the intermediate representation);
//! - [`schema`]: reading raw schemas;
//! - [`convert`]: schemas to types, with objects in [`all_of`], unions in
//!   [`unions`] and string enums in [`enums`];
//! - [`naming`]: names from context;
//! - [`dedupe`]: one type per shape.
//!
//! Cycle breaking and boxing are in [`super::cycles`] and [`super::layout`].

pub mod all_of;
pub mod build;
pub mod convert;
pub mod dedupe;
pub mod docs;
pub mod enums;
pub mod facts;
pub mod ir;
pub mod naming;
pub mod schema;
pub mod unions;

use std::collections::HashMap;

pub use build::{Constructors, MAX_CONSTRUCTOR_ARGS, Storage};
pub use convert::Builder;
pub use docs::{deprecation, described, property_docs, single_member};
pub use facts::{NestedFrom, Shorthand, Tuning, TypeFacts};
pub use ir::{
    EnumVariant, Field, StringEnum, Struct, TypeDef, TypeKind, TypeRef, Union, UnionVariant,
};
pub use schema::required_alternatives;

use crate::error::Warning;

/// The identity of one named type of a [`TypeSpace`]: its place among
/// the space's types. Only the space hands ids out, so an id never stands
/// for a position in some other list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(usize);

impl TypeId {
    /// The type's position in its space, for lists kept beside the space
    /// while it is rewritten (deduplication, cycle breaking, layout).
    pub fn index(self) -> usize {
        self.0
    }
}

/// All named types of a spec.
#[derive(Debug, Default)]
pub struct TypeSpace {
    /// The types, in id order (index the space with a [`TypeId`]).
    types: Vec<TypeDef>,
    /// Pointer of each named type's origin.
    pub by_pointer: HashMap<String, TypeId>,
    /// Things that could not be expressed exactly.
    pub warnings: Vec<Warning>,
}

impl std::ops::Index<TypeId> for TypeSpace {
    type Output = TypeDef;

    fn index(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }
}

impl std::ops::IndexMut<TypeId> for TypeSpace {
    fn index_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self.types[id.0]
    }
}

impl TypeSpace {
    /// How many types the space holds.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// Whether the space holds no type.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// Every id, in order.
    pub fn ids(&self) -> impl Iterator<Item = TypeId> + use<> {
        (0..self.types.len()).map(TypeId)
    }

    /// Every type with its id, in order.
    pub fn iter(&self) -> impl Iterator<Item = (TypeId, &TypeDef)> {
        self.types.iter().enumerate().map(|(i, t)| (TypeId(i), t))
    }

    /// Every type, in order.
    pub fn defs(&self) -> impl Iterator<Item = &TypeDef> {
        self.types.iter()
    }

    /// Every type, mutably, in order.
    pub fn defs_mut(&mut self) -> impl Iterator<Item = &mut TypeDef> {
        self.types.iter_mut()
    }

    /// The id of the type called `name` (a Rust name), if any.
    pub fn by_name(&self, name: &str) -> Option<TypeId> {
        self.types.iter().position(|t| t.name == name).map(TypeId)
    }

    /// Adds `def` and returns its id.
    pub(super) fn push(&mut self, def: TypeDef) -> TypeId {
        self.types.push(def);
        TypeId(self.types.len() - 1)
    }

    /// Keeps the types `keep` says to keep, in order, and returns the new
    /// id of each old one (`None` for a type dropped).
    pub(super) fn retain(&mut self, keep: impl Fn(TypeId) -> bool) -> Vec<Option<TypeId>> {
        let old = std::mem::take(&mut self.types);
        let mut new_ids = Vec::with_capacity(old.len());
        for (i, def) in old.into_iter().enumerate() {
            if keep(TypeId(i)) {
                new_ids.push(Some(TypeId(self.types.len())));
                self.types.push(def);
            } else {
                new_ids.push(None);
            }
        }
        new_ids
    }

    /// The pointer a config key names: a JSON pointer as written, or a
    /// schema name under `/components/schemas`.
    pub fn key_pointer(key: &str) -> String {
        if key.starts_with('/') {
            key.to_owned()
        } else {
            format!("/components/schemas/{}", crate::load::escape_pointer(key))
        }
    }

    /// The type a config key names (see [`TypeSpace::key_pointer`]).
    pub fn by_key(&self, key: &str) -> Option<TypeId> {
        self.by_pointer.get(&Self::key_pointer(key)).copied()
    }

    /// Sees through aliases: is a `null` allowed for values of `ty`?
    pub fn is_nullable(&self, ty: &TypeRef) -> bool {
        self.is_nullable_depth(ty, 0)
    }

    fn is_nullable_depth(&self, ty: &TypeRef, depth: usize) -> bool {
        match ty {
            // `Value` can hold `null` itself, but optional `Value` fields are
            // still wrapped in `Option` so that "absent" stays distinct.
            TypeRef::Nullable(_) => true,
            TypeRef::Named(id) if depth < 16 => match &self[*id].kind {
                TypeKind::Alias(inner) => self.is_nullable_depth(inner, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }

    /// Sees through aliases to the type that `ty` names.
    pub fn resolve<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        let mut current = ty;
        for _ in 0..16 {
            match current {
                TypeRef::Named(id) => match &self[*id].kind {
                    TypeKind::Alias(inner) => current = inner,
                    _ => return current,
                },
                TypeRef::Nullable(inner) => current = inner,
                _ => return current,
            }
        }
        current
    }

    /// The struct behind `ty`, seeing through aliases and `Option`.
    pub fn as_struct(&self, ty: &TypeRef) -> Option<(TypeId, &Struct)> {
        match self.resolve(ty) {
            TypeRef::Named(id) => match &self[*id].kind {
                TypeKind::Struct(s) => Some((*id, s)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The struct a tagged union's variant holds when it decodes as an
    /// `Object` (seen through aliases, not through `Option`): the union
    /// hands it the rest of the input and the tag it read.
    pub fn object_payload(&self, ty: &TypeRef) -> Option<TypeId> {
        let mut current = ty;
        for _ in 0..16 {
            let TypeRef::Named(id) = current else {
                return None;
            };
            match &self[*id].kind {
                TypeKind::Alias(inner) => current = inner,
                TypeKind::Struct(s) => return (!s.serde_derived()).then_some(*id),
                _ => return None,
            }
        }
        None
    }

    /// Why the type `id` is deprecated, when it is: its own reason, or the
    /// reason of the type an alias names.
    pub fn deprecation(&self, id: TypeId) -> Option<&str> {
        let mut current = id;
        for _ in 0..16 {
            let def = &self[current];
            if let Some(reason) = def.deprecated.as_deref() {
                return Some(reason);
            }
            match &def.kind {
                TypeKind::Alias(TypeRef::Named(next)) => current = *next,
                TypeKind::Alias(TypeRef::Nullable(inner)) => match inner.as_ref() {
                    TypeRef::Named(next) => current = *next,
                    _ => return None,
                },
                _ => return None,
            }
        }
        None
    }

    /// Whether `ty` mentions a deprecated type (whose use would warn).
    pub fn mentions_deprecated(&self, ty: &TypeRef) -> bool {
        let mut found = false;
        ty.for_each_id(&mut |id| found |= self.deprecation(id).is_some());
        found
    }

    /// True when `ty` implements `Default` (so a missing required field can
    /// decode as its default instead of failing).
    pub fn has_default(&self, ty: &TypeRef) -> bool {
        self.has_default_depth(ty, 0)
    }

    fn has_default_depth(&self, ty: &TypeRef, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        match ty {
            TypeRef::Named(id) => match &self[*id].kind {
                TypeKind::Alias(inner) => self.has_default_depth(inner, depth + 1),
                TypeKind::Enum(_) => true,
                TypeKind::Struct(s) => s.fields.iter().all(|f| {
                    !f.required
                        || self.is_nullable(&f.ty)
                        || self.is_constant(&f.ty)
                        || (!f.boxed && !f.flatten && self.has_default_depth(&f.ty, depth + 1))
                }),
                TypeKind::Union(_) => false,
            },
            TypeRef::Binary => false,
            _ => true,
        }
    }

    /// True when a value of `ty` can be produced by `Default::default()`
    /// without the user choosing it (single-valued enums, i.e. constants).
    pub fn is_constant(&self, ty: &TypeRef) -> bool {
        match self.resolve(ty) {
            TypeRef::Named(id) => matches!(
                &self[*id].kind,
                TypeKind::Enum(e) if e.is_literal()
            ),
            _ => false,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::load::Document;
    use serde_json::{Value, json};

    /// The space of a document whose component schemas are `schemas`,
    /// deduplicated as a model's is.
    pub fn space_of(schemas: Value) -> TypeSpace {
        let doc = Document::new(json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": schemas}
        }))
        .expect("document");
        let mut builder = Builder::new(&doc);
        builder.add_components();
        builder.into_space()
    }

    impl TypeSpace {
        /// Names of all types, in id order.
        pub fn names(&self) -> Vec<&str> {
            self.types.iter().map(|t| t.name.as_str()).collect()
        }

        /// The kind of the type called `name`.
        pub fn kind_named(&self, name: &str) -> &TypeKind {
            let def = self.types.iter().find(|t| t.name == name);
            &def.unwrap_or_else(|| panic!("no {name} in {:?}", self.names()))
                .kind
        }

        /// The struct called `name`.
        pub fn struct_named(&self, name: &str) -> &Struct {
            match self.kind_named(name) {
                TypeKind::Struct(s) => s,
                other => panic!("{name} is {other:?}"),
            }
        }
    }

    #[test]
    fn queries_see_through_aliases() {
        let space = space_of(json!({
            "Id": {"type": "string"},
            "Ref": {"$ref": "#/components/schemas/Thing"},
            "Thing": {"type": "object", "required": ["a"], "properties": {
                "a": {"type": "string", "nullable": true},
                "kind": {"const": "thing"}}},
            "Needs": {"type": "object", "required": ["id", "u"], "properties": {
                "id": {"$ref": "#/components/schemas/Id"},
                "u": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}
        }));
        let id_of = |name: &str| space.by_name(name).expect(name);
        let thing = TypeRef::Named(id_of("Thing"));
        let alias = TypeRef::Named(id_of("Ref"));
        assert_eq!(space.resolve(&alias), &thing);
        assert_eq!(
            space.as_struct(&alias).map(|(id, _)| id),
            Some(id_of("Thing"))
        );
        assert!(space.is_constant(&TypeRef::Named(id_of("ThingLiteral"))));
        // Every required field of `Thing` is nullable or constant: it has a default.
        assert!(space.has_default(&thing));
        // `Needs` requires a union: no default.
        assert!(!space.has_default(&TypeRef::Named(id_of("Needs"))));
        assert!(space.is_nullable(&TypeRef::String.nullable()));
        assert!(!space.is_nullable(&alias));
    }
}
