//! The serde building blocks behind the `Object`, `StringEnum` and `Union`
//! derives of generated types:
//!
//! - objects decoded field by field in one pass ([`Object`], [`object`]),
//!   keeping the properties a type does not declare in its
//!   [`Extra`](crate::Extra);
//! - a property set aside by the runtime (one whose value has another shape
//!   than declared, found when a strict decode failed) lands in the
//!   [`Extra`](crate::Extra) under its own name ([`ASIDE`]);
//! - string enums that keep unknown values and constants that accept
//!   another value ([`scalars`]);
//! - tagged unions decoded wherever the tag is ([`tagged`](mod@tagged)) and untagged
//!   ones tried in order ([`untagged`](mod@untagged)), both decoding what
//!   they must read twice from JSON text ([`from_text`], [`to_text`]).

mod object;
pub mod scalars;
pub mod tagged;
mod text;
pub mod untagged;

pub use object::{Object, Slots, TagError, object, read, read_slots, read_value, tag_value};
pub use scalars::{Constant, constant, lenient_string, string_enum};
pub use tagged::{TaggedUnion, tagged, with_first};
pub use text::{from_text, to_text};
pub use untagged::untagged;

/// How the runtime marks a property it set aside: its name behind this
/// prefix is no field's, so the property lands in its object's
/// [`Extra`](crate::Extra),
/// under its own name. The runtime sets a property aside when a strict
/// decode fails on its value (an array where the spec declares a string, a
/// constant with another value), and decodes again: one odd property never
/// costs the whole answer, and well-formed answers pay nothing for it.
pub const ASIDE: &str = "\u{0}";

#[cfg(test)]
mod tests;
