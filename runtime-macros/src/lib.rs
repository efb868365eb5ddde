//! # sdk-runtime-macros
//!
//! The derives behind generated API types, re-exported by
//! `sdk-runtime-types`. A generated type is written as a plain Rust item
//! with a derive and a few `#[api(...)]` attributes; the derive writes what
//! every such type needs, so that the source a reader jumps to is the
//! definition and its documentation.
//!
//! - [`Object`] (structs): `Serialize` and a compact `Deserialize` (one
//!   pass, unknown properties kept in the struct's `Extra`), `new` and the
//!   other constructors, and one setter per optional field carrying the
//!   field's documentation.
//! - [`StringEnum`] (enums of names plus a catch-all `Other(String)`): the
//!   wire values, conversions from strings, `Display` and serde impls;
//!   `#[api(constant)]` makes it a constant.
//! - [`Union`] (enums of one value per variant): tagged by a property
//!   (`#[api(tag = "type")]`) or tried in order, with `From` conversions
//!   from each variant's type.
//!
//! The expansions name `::sdk_runtime_types`, which the crate using the
//! derives depends on. Every non-generic function they write is
//! `#[inline]`: a library compiles all its other non-generic functions when
//! it is built, these only in the crate that calls them, when it calls
//! them, so a types crate of thousands of types compiles no machine code
//! for the ones a program does not use.

mod attrs;
mod decode;
mod object;
mod string_enum;
mod union;
mod wire;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Serde impls, constructors and setters of a generated struct.
///
/// Type attributes: `#[api(new(a, b))]` (a `new` taking those fields; plain
/// `#[api(new)]` takes every required field), `#[api(alternative(x, y))]`
/// (a `with_x_and_y` constructor, for a type that needs one of several
/// sets of fields), `#[api(strict)]` (constants must be present: for
/// variants of untagged unions, which must not match what is not theirs)
/// and `#[api(no_serde)]` (constructors and setters only).
///
/// Field attributes: `rename = "wire"`, `default` (a missing value decodes
/// as the type's default), `nullable` (sent as `null` when unset),
/// `constant` (a missing one reads as the constant), `optional` (an
/// `Option` behind an alias), `extra` (the `Extra` that keeps unknown
/// properties), `tag` (the field holds the tag of a tagged union the type
/// is a variant of: the union hands the tag it read over to it) and
/// `init = expr` (the value `new` gives the field when it is not an
/// argument).
///
/// Arguments and setters take `impl Into<T>` (the field's type without
/// its `Option` or `Box`).
#[proc_macro_derive(Object, attributes(api))]
pub fn derive_object(input: TokenStream) -> TokenStream {
    expand(input, object::expand)
}

/// Wire values, conversions and serde impls of a string enum: unit
/// variants named after their values (`#[api(rename = "..")]` where the
/// name does not give the value) and a catch-all `Other(String)`.
#[proc_macro_derive(StringEnum, attributes(api))]
pub fn derive_string_enum(input: TokenStream) -> TokenStream {
    expand(input, string_enum::expand)
}

/// Serde impls and conversions of a union: tagged by a property
/// (`#[api(tag = "type")]` on the enum, `#[api(tag = "value")]` on each
/// variant) or untagged (variants tried in order), with a catch-all variant
/// marked `#[api(other)]` that keeps what no variant takes. A tagged
/// variant marked `#[api(object)]` holds an `Object` (or a `Box` of one),
/// which decodes from the rest of the input with its own `from_map`.
#[proc_macro_derive(Union, attributes(api))]
pub fn derive_union(input: TokenStream) -> TokenStream {
    expand(input, union::expand)
}

fn expand(
    input: TokenStream,
    f: fn(&syn::DeriveInput) -> syn::Result<proc_macro2::TokenStream>,
) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => f(&input).unwrap_or_else(|e| e.to_compile_error()).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// `match call { Ok(pat) => Ok(value), Err(error) => Err(error) }`: what
/// `call.map(...)` does, written out because each `Result::map` would be
/// one more generic function, per variant, for a program to compile.
fn map_ok(
    call: proc_macro2::TokenStream,
    pat: proc_macro2::TokenStream,
    value: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    quote::quote! {
        match #call {
            ::core::result::Result::Ok(#pat) => ::core::result::Result::Ok(#value),
            ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
        }
    }
}
