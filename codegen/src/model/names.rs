//! Rust identifiers from arbitrary spec names: case conversion with `heck`,
//! keywords, leading digits, non-ASCII characters, and uniqueness.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::BTreeSet;

/// Rust keywords (strict and reserved, all editions).
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
];

/// Type names the generated code uses unqualified; schemas with these names
/// are renamed so they never shadow them.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Box",
    "String",
    "Vec",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Debug",
    "Serialize",
    "Deserialize",
    "Serializer",
    "Deserializer",
    "Self",
    "From",
    "Into",
    "Iterator",
    "Display",
    "Formatter",
    "PartialEq",
    "Eq",
    "Hash",
    "BTreeMap",
    "HashMap",
    "Map",
    "Value",
    "Bytes",
    "FilePart",
    "Call",
    "Client",
    "Form",
    "ToForm",
    "Page",
    "EventStream",
    "RequestSpec",
    "Body",
    "Method",
    "Error",
    "Fn",
    "FnMut",
    "FnOnce",
    "ToString",
    "AsRef",
    "Drop",
    "Ord",
    "PartialOrd",
    "Unpin",
    "Future",
    "Cow",
    "Arc",
];

/// Replaces characters that cannot appear in an identifier. Non-ASCII
/// characters become `U<hex>` so that distinct names stay distinct.
fn ascii_words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_ascii() {
            out.push(' ');
        } else {
            out.push_str(&format!(" U{:X} ", c as u32));
        }
    }
    out
}

/// A type or variant name: `UpperCamelCase`, never a keyword, never starting
/// with a digit. `fallback` is used when nothing usable remains.
pub fn type_name(raw: &str, fallback: &str) -> String {
    let mut name = ascii_words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = fallback.to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if RESERVED_TYPES.contains(&name.as_str()) || KEYWORDS.contains(&name.as_str()) {
        name.push_str("Type");
    }
    name
}

/// The words of `raw` in `UpperCamelCase`, to go after other words in a
/// name (`value` -> `Value`, where [`type_name`] would avoid the reserved
/// `Value`); `fallback` when nothing usable remains.
pub fn camel_words(raw: &str, fallback: &str) -> String {
    let words = ascii_words(raw).to_upper_camel_case();
    if words.is_empty() {
        fallback.to_owned()
    } else {
        words
    }
}

/// A field, method or module name: `snake_case`; keywords get a trailing
/// underscore, leading digits a prefix.
pub fn field_name(raw: &str, fallback: &str) -> String {
    let mut name = ascii_words(raw).to_snake_case();
    if name.is_empty() {
        name = fallback.to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, &format!("{fallback}_"));
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Hands out names that are unique within one scope, appending a number to
/// later duplicates (`Foo`, `Foo2`, `Foo3`).
#[derive(Debug, Default)]
pub struct Namer {
    taken: BTreeSet<String>,
}

impl Namer {
    /// An empty scope.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reserves a name up front.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    /// True when `name` is already taken.
    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// `base` if free, otherwise `base2`, `base3`, ... (or `base_2` for
    /// snake case names).
    pub fn unique(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let sep = if base.ends_with('_') {
            ""
        } else if base.contains('_') || base.chars().all(|c| c.is_ascii_lowercase()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range always yields a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names() {
        assert_eq!(type_name("self", "T"), "SelfType");
        assert_eq!(type_name("1024x1024", "T"), "V1024x1024");
        assert_eq!(type_name("chat.completion", "T"), "ChatCompletion");
        assert_eq!(type_name("", "Empty"), "Empty");
        assert_eq!(type_name("String", "T"), "StringType");
        assert_eq!(camel_words("value", "T"), "Value");
        assert_eq!(camel_words("2fa", "T"), "2fa");
        assert_eq!(camel_words("$", "Field"), "Field");
        assert_eq!(type_name("café", "T"), "CafUe9");
        assert_eq!(type_name("🚀", "T"), "U1f680");
        assert_eq!(field_name("type", "field"), "type_");
        assert_eq!(field_name("self", "field"), "self_");
        assert_eq!(field_name("2fa", "field"), "field_2fa");
        assert_eq!(field_name("fooBar", "field"), "foo_bar");
        assert_eq!(field_name("$$", "field"), "field");
    }

    #[test]
    fn namer_suffixes() {
        let mut n = Namer::new();
        assert_eq!(n.unique("Foo"), "Foo");
        assert_eq!(n.unique("Foo"), "Foo2");
        assert_eq!(n.unique("foo_bar"), "foo_bar");
        assert_eq!(n.unique("foo_bar"), "foo_bar_2");
    }
}

/// The wire value the `StringEnum` derive gives a variant without a
/// `rename`: the name in snake case, an underscore before every capital but
/// the first (`InMemory` is `in_memory`). The same rule as
/// `sdk-runtime-macros`' `wire::implied`, tested on the same cases; the
/// emitter writes a `rename` wherever it does not give the value.
pub fn implied_wire(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod implied_wire_tests {
    #[test]
    fn snake_case_of_the_name_as_the_derive_reads_it() {
        for (name, wire) in [
            ("InMemory", "in_memory"),
            ("Auto", "auto"),
            ("Gpt4o", "gpt4o"),
            ("JsonSchema", "json_schema"),
            ("V2", "v2"),
            ("HTTPServer", "h_t_t_p_server"),
        ] {
            assert_eq!(super::implied_wire(name), wire);
        }
    }
}
