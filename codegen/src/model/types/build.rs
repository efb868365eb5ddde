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
