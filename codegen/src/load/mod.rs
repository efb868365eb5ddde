//! Stage 1: find the spec, parse it (YAML or JSON) into a JSON tree with
//! the files it references bundled in, and check that it is an OpenAPI
//! 3.0/3.1 document whose references resolve.

mod bundle;
mod document;
mod keywords;
pub mod objects;
mod parse;
pub mod schema;
mod source;

pub use bundle::{BUNDLED, Limits, bundle};
pub use document::{Document, METHODS, escape as escape_pointer, ref_pointer};
pub use objects::{
    Info, MediaObject, OperationObject, ParameterObject, RequestBodyObject, ResponseObject,
    SecuritySchemeObject, TokenFlow,
};
pub use parse::parse;
pub use schema::{Bound, Composition, Schema};
pub use source::{SpecPin, locate};

/// Parses `text` (read from `path`), bundles the files it references and
/// checks the result.
pub fn document(path: &std::path::Path, text: &str) -> Result<Document, crate::Error> {
    document_within(path, text, &Limits::default())
}

/// [`document`] reading at most what `limits` allow.
pub fn document_within(
    path: &std::path::Path,
    text: &str,
    limits: &Limits,
) -> Result<Document, crate::Error> {
    Document::new(bundle(path, parse(path, text)?, text.len() as u64, limits)?)
}
