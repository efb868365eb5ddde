//! What the derives promise about the functions they write: every
//! non-generic one is `#[inline]`, so that a library of thousands of
//! derived types compiles machine code only for what a program calls.

use proc_macro2::{TokenStream, TokenTree};
use syn::DeriveInput;

/// The names of the non-generic functions in `tokens` that have no
/// `#[inline]` among the attributes before them. A function is generic
/// when `<` follows its name or a parameter is an `impl Trait`.
fn not_inline(tokens: TokenStream) -> Vec<String> {
    let mut missing = Vec::new();
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    // Attributes seen since the end of the previous item or statement.
    let mut inline = false;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Punct(p) if p.as_char() == ';' => inline = false,
            TokenTree::Group(g) => {
                if g.delimiter() == proc_macro2::Delimiter::Bracket
                    && g.stream().to_string() == "inline"
                {
                    inline = true;
                    continue;
                }
                missing.extend(not_inline(g.stream()));
                if g.delimiter() == proc_macro2::Delimiter::Brace {
                    inline = false;
                }
            }
            TokenTree::Ident(id) if id == "fn" => {
                let Some(TokenTree::Ident(name)) = trees.get(i + 1) else {
                    continue;
                };
                let generic = match trees.get(i + 2) {
                    Some(TokenTree::Punct(p)) => p.as_char() == '<',
                    Some(TokenTree::Group(params)) => params
                        .stream()
                        .into_iter()
                        .any(|t| matches!(&t, TokenTree::Ident(i) if i == "impl")),
                    _ => false,
                };
                if !generic && !inline {
                    missing.push(name.to_string());
                }
            }
            _ => {}
        }
    }
    missing
}

/// A derive's expansion function.
type Derive = fn(&DeriveInput) -> syn::Result<TokenStream>;

fn expand(source: &str, derive: Derive) -> (TokenStream, usize) {
    let input: DeriveInput = syn::parse_str(source).expect("a valid item");
    let out = derive(&input).expect("the derive accepts the item");
    let functions = out.to_string().matches("fn ").count();
    (out, functions)
}

#[test]
fn every_non_generic_function_the_derives_write_is_inline() {
    let cases: [(&str, Derive); 7] = [
        (
            r#"struct Usage {
                #[api(tag, default)]
                kind: String,
                #[api(default)]
                total: i64,
                note: Option<String>,
                #[api(extra)]
                extra: sdk_runtime_types::Extra,
            }"#,
            crate::object::expand,
        ),
        (
            r#"#[api(new(id))]
            struct Item {
                #[api(rename = "type", constant, tag)]
                type_: ItemLiteral,
                id: String,
                note: Option<String>,
                #[api(extra)]
                extra: sdk_runtime_types::Extra,
            }"#,
            crate::object::expand,
        ),
        (
            "enum Color { Red, #[api(rename = \"dark-blue\")] DarkBlue, Other(String) }",
            crate::string_enum::expand,
        ),
        (
            "enum Size { #[default] Small, Large, Other(String) }",
            crate::string_enum::expand,
        ),
        (
            "#[api(constant)] enum ItemLiteral { #[api(rename = \"item\")] Item }",
            crate::string_enum::expand,
        ),
        (
            r#"#[api(tag = "type")]
            enum Event {
                #[api(tag = "item", object)]
                Item(Box<Item>),
                #[api(other)]
                Other(serde_json::Value),
            }"#,
            crate::union::expand,
        ),
        (
            "enum Input { Text(String), Parts(Vec<String>), #[api(other)] Other(serde_json::Value) }",
            crate::union::expand,
        ),
    ];
    for (source, derive) in cases {
        let (out, functions) = expand(source, derive);
        assert!(functions > 0, "no function written for {source}");
        assert_eq!(
            not_inline(out),
            Vec::<String>::new(),
            "in the expansion of {source}"
        );
    }
}

#[test]
fn the_check_sees_a_function_without_inline() {
    let tokens: TokenStream =
        "impl A { #[inline] fn a() {} fn b(x: u8) {} fn c<T>() {} fn d(x: impl Into<u8>) {} }"
            .parse()
            .expect("tokens");
    assert_eq!(not_inline(tokens), ["b"]);
}
