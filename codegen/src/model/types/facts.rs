//! What the model decides about one named type beyond its shape, kept on
//! the type itself ([`super::TypeDef::facts`]): the Cargo features that
//! need it, the config's settings of it, the conveniences printed with it,
//! and the roles it plays (multipart form, untagged or tagged variant,
//! received). The passes that decide them fill them in; the emitter only
//! reads them.

use std::collections::BTreeSet;

use serde_json::Value;

use super::TypeId;

/// Everything decided about one type after its shape.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeFacts {
    /// The Cargo features whose operations need the type (empty: always
    /// compiled).
    pub features: BTreeSet<String>,
    /// What the config's `[types]` says of the type.
    pub tuning: Tuning,
    /// The fields (by index, in order) that `new` takes where the config
    /// chose them, instead of the required ones.
    pub new_args: Option<Vec<usize>>,
    /// Initial values `new` gives fields (field index, JSON).
    pub init: Vec<(usize, Value)>,
    /// Shorthand constructors of a union the client sends.
    pub shorthands: Vec<Shorthand>,
    /// `From` conversions from the payloads of a nested union.
    pub nested_from: Vec<NestedFrom>,
    /// The variant (by index) a union converts a string through, when its
    /// payload's `new` takes the string.
    pub from_str: Option<usize>,
    /// Used by a multipart body: the type gets a `ToForm` impl.
    pub multipart: bool,
    /// A struct that is a variant of an untagged union: its required
    /// fields stay required, or any object would match it.
    pub strict: bool,
    /// Reachable from something the server sends: a received struct is
    /// `#[non_exhaustive]`.
    pub received: bool,
    /// For a struct that tagged unions hold as an `Object` variant, the tag
    /// properties those unions hand over to it.
    pub tags: BTreeSet<String>,
}

/// What the config says of one type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tuning {
    /// Names the type had before a rename, emitted as aliases.
    pub aliases: Vec<String>,
    /// A Rust type path the type is an alias of, instead of its own
    /// definition.
    pub replace: Option<String>,
    /// Derives added to the type's own.
    pub derives: Vec<String>,
    /// Outer attributes added to the type.
    pub attributes: Vec<String>,
    /// Left out of the crate.
    pub skip: bool,
}

/// `Union::method(args)`: a variant built with its type's `new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shorthand {
    /// The method (the tag, in `snake_case`).
    pub method: String,
    /// The tag value it stands for.
    pub tag: String,
    /// Variant indices from the union down to the one holding the payload
    /// (two for a shorthand lifted from a nested union).
    pub route: Vec<usize>,
    /// The payload struct.
    pub payload: TypeId,
    /// The payload's `new` arguments (field indices).
    pub args: Vec<usize>,
}

/// `impl From<payload> for union` through a nested union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NestedFrom {
    /// The payload type.
    pub payload: TypeId,
    /// The union's variant, then the nested union's variant.
    pub route: [usize; 2],
}
