//! How values of generated structs are stored and built: which fields are
//! an `Option` in Rust, and which constructors a struct has (`new` with its
//! required fields, or one `with_...` per set of fields the spec demands
//! one of). The emitter prints these decisions; the method examples build
//! values with them.

use super::{Field, Struct, TypeId, TypeKind, TypeRef, TypeSpace};

/// Past this many required values a positional constructor hurts more than
/// it helps: such types (mostly responses) are built by decoding.
pub const MAX_CONSTRUCTOR_ARGS: usize = 7;

/// How a field is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Storage {
    /// The field is an `Option` in Rust (optional, or nullable).
    pub optional: bool,
    /// The `Option` is added for optionality, not given by the type.
    pub wrapped: bool,
}

/// How a field of a struct decoded by `Object` reads and writes the wire
/// (the flags of its `#[api(..)]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Wire {
    /// A constant: written as its one value, checked when read.
    pub constant: bool,
    /// Required, but read as its default when the server leaves it out
    /// (it has a natural one, and the struct is not a variant of an
    /// untagged union, which must see its required fields to match).
    pub default_when_missing: bool,
    /// Required and nullable: written as `null` when unset.
    pub null_when_unset: bool,
    /// Nullable through an alias that is itself an `Option`.
    pub optional_alias: bool,
}

/// The constructors of a struct.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Constructors {
    /// `new`, with these fields (by index) as its arguments.
    pub new: Option<Vec<usize>>,
    /// One `with_...` constructor per set of fields (by index) the spec
    /// requires one of.
    pub alternatives: Vec<Vec<usize>>,
}

impl TypeSpace {
    /// How field `f` is stored.
    pub fn storage(&self, f: &Field) -> Storage {
        let nullable = self.is_nullable(&f.ty) && !matches!(f.ty, TypeRef::Any);
        let wrapped = !f.required && !nullable;
        Storage {
            optional: wrapped || matches!(f.ty, TypeRef::Nullable(_)) || nullable,
            wrapped,
        }
    }

    /// How field `f` of struct `id` reads and writes the wire.
    pub fn wire(&self, id: TypeId, f: &Field) -> Wire {
        let storage = self.storage(f);
        let constant = !storage.optional && self.is_constant(&f.ty);
        Wire {
            constant,
            default_when_missing: !self[id].facts.strict
                && f.required
                && !storage.optional
                && !constant
                && !f.boxed
                && self.has_default(&f.ty),
            null_when_unset: f.required && storage.optional,
            optional_alias: storage.optional
                && !storage.wrapped
                && !matches!(f.ty, TypeRef::Nullable(_)),
        }
    }

    /// The fields `new` takes: the required ones that are not constants.
    pub fn required_arguments(&self, s: &Struct) -> Vec<usize> {
        (0..s.fields.len())
            .filter(|&i| {
                let f = &s.fields[i];
                !self.storage(f).optional && !self.is_constant(&f.ty)
            })
            .collect()
    }

    /// The constructors of struct `id` (none for another kind).
    pub fn constructors(&self, id: TypeId) -> Constructors {
        let TypeKind::Struct(s) = &self[id].kind else {
            return Constructors::default();
        };
        // Alternatives whose properties are not all optional fields give no
        // constructor; with none left the type is built as any other.
        let alternatives: Vec<Vec<usize>> = s
            .alternatives
            .iter()
            .filter_map(|set| {
                set.iter()
                    .map(|wire| {
                        s.fields
                            .iter()
                            .position(|f| &f.wire == wire && self.storage(f).optional)
                    })
                    .collect::<Option<Vec<usize>>>()
            })
            .collect();
        if let Some(chosen) = &self[id].facts.new_args {
            return Constructors {
                new: Some(chosen.clone()),
                alternatives: Vec::new(),
            };
        }
        let args = self.required_arguments(s);
        let new = (alternatives.is_empty() && args.len() <= MAX_CONSTRUCTOR_ARGS).then_some(args);
        Constructors { new, alternatives }
    }
}

#[cfg(test)]
mod tests {
    use super::Wire;
    use crate::model::types::tests::space_of;
    use crate::model::types::{TypeKind, TypeSpace};
    use serde_json::json;

    fn wires(space: &TypeSpace, name: &str) -> Vec<(String, Wire)> {
        let id = space.by_name(name).expect(name);
        let TypeKind::Struct(s) = &space[id].kind else {
            panic!("{name} is a struct")
        };
        (s.fields.iter())
            .map(|f| (f.wire.clone(), space.wire(id, f)))
            .collect()
    }

    #[test]
    fn each_field_s_wire_behaviour_is_decided_in_the_model() {
        let mut space = space_of(json!({
            "Thing": {"type": "object", "required": ["kind", "name", "note", "size"], "properties": {
                "kind": {"const": "thing"},
                "name": {"type": "string"},
                "note": {"type": ["string", "null"]},
                "size": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}
        }));
        let by_wire = |space: &TypeSpace| wires(space, "Thing");
        let thing = by_wire(&space);
        let flags = |wire: &str| thing.iter().find(|(w, _)| w == wire).expect(wire).1;
        assert!(flags("kind").constant && !flags("kind").default_when_missing);
        assert!(flags("name").default_when_missing, "a string has a default");
        assert!(flags("note").null_when_unset && !flags("note").default_when_missing);
        assert_eq!(flags("size"), Wire::default(), "a union has no default");
        // A variant of an untagged union sees its required fields missing.
        let id = space.by_name("Thing").expect("Thing");
        space[id].facts.strict = true;
        let strict = by_wire(&space);
        assert!(strict.iter().all(|(_, w)| !w.default_when_missing));
    }
}
