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
pub mod ir;
pub mod naming;
pub mod schema;
pub mod unions;

use std::collections::HashMap;

pub use build::{Constructors, MAX_CONSTRUCTOR_ARGS, Storage};
pub use convert::Builder;
pub use docs::{deprecation, described, property_docs, single_member};
pub use ir::{
    EnumVariant, Field, StringEnum, Struct, TypeDef, TypeKind, TypeRef, Union, UnionVariant,
};
pub use schema::{docs_of, is_nullable_schema, required_alternatives};

use crate::error::Warning;

/// Index of a [`TypeDef`] in [`TypeSpace::types`].
pub type TypeId = usize;

/// All named types of a spec.
#[derive(Debug, Default)]
pub struct TypeSpace {
    /// The types, indexed by [`TypeId`].
    pub types: Vec<TypeDef>,
    /// Pointer of each named type's origin.
    pub by_pointer: HashMap<String, TypeId>,
    /// Things that could not be expressed exactly.
    pub warnings: Vec<Warning>,
    /// The fields (by index, in order) `new` takes where the config chose
    /// them, instead of the required ones.
    pub constructor_args: std::collections::BTreeMap<TypeId, Vec<usize>>,
}

impl TypeSpace {
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
            TypeRef::Named(id) if depth < 16 => match &self.types[*id].kind {
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
                TypeRef::Named(id) => match &self.types[*id].kind {
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
            TypeRef::Named(id) => match &self.types[*id].kind {
                TypeKind::Struct(s) => Some((*id, s)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Why the type `id` is deprecated, when it is: its own reason, or the
    /// reason of the type an alias names.
    pub fn deprecation(&self, id: TypeId) -> Option<&str> {
        let mut current = id;
        for _ in 0..16 {
            let def = &self.types[current];
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
            TypeRef::Named(id) => match &self.types[*id].kind {
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
                &self.types[*id].kind,
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
        let id_of = |name: &str| space.types.iter().position(|t| t.name == name).expect(name);
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
