//! `[types]` settings: `rename` (the old name kept as an alias), `replace`
//! (an alias of an existing Rust type instead of the definition), `patch`
//! (extra derives and attributes), `skip` (a free-standing schema left out),
//! keys by schema name or JSON pointer, and the errors of entries that name
//! nothing or would clash.

use codegen::settings::{TypePatch, TypesConfig};
use codegen::{Settings, generate_from_text};
use std::path::{Path, PathBuf};

const SPEC: &str = r##"
openapi: 3.1.0
info: {title: Shelf API, version: "1"}
paths:
  /books:
    get:
      operationId: listBooks
      tags: [books]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/CreateBookResponse"}}}}
components:
  schemas:
    CreateBookResponse:
      type: object
      required: [id, cover]
      properties:
        id: {type: string}
        cover:
          type: object
          properties:
            url: {type: string}
        extra: {$ref: "#/components/schemas/Opaque"}
    Opaque:
      type: object
      properties:
        blob: {type: string}
    Unused:
      type: object
      properties:
        x: {type: integer}
"##;

fn generate(types: TypesConfig) -> Result<String, String> {
    let mut s = Settings::standalone(PathBuf::from("unused"), Path::new("../../runtime"));
    s.crate_name = "shelf-api".into();
    s.types = types;
    generate_from_text(Path::new("shelf.yaml"), SPEC, &s)
        .map(|(files, _)| files.values().cloned().collect::<Vec<_>>().join("\n"))
        .map_err(|e| e.to_string())
}

#[test]
fn the_four_tables_change_the_output() {
    let mut types = TypesConfig::default();
    types
        .rename
        .insert("CreateBookResponse".into(), "Book".into());
    types.rename.insert(
        "/components/schemas/CreateBookResponse/properties/cover".into(),
        "Cover".into(),
    );
    types
        .replace
        .insert("Opaque".into(), "serde_json::Value".into());
    types.patch.insert(
        "CreateBookResponse".into(),
        TypePatch {
            derives: vec!["Eq".into()],
            // `#[non_exhaustive]` is there already (a received type): not repeated.
            attributes: vec![
                "#[non_exhaustive]".into(),
                "#[doc(alias = \"Volume\")]".into(),
            ],
            ..TypePatch::default()
        },
    );
    types.skip.push("Unused".into());
    let code = generate(types).expect("generates");
    for expected in [
        "pub struct Book {",
        "pub cover: Cover,",
        "pub struct Cover {",
        "/// The specification's name for [`Book`].\npub type CreateBookResponse = Book;",
        "pub type Opaque = serde_json::Value;",
        "#[non_exhaustive]\n#[derive(Eq)]\n#[doc(alias = \"Volume\")]\npub struct Book {",
        "sdk_runtime::Call<types::Book>",
    ] {
        assert!(code.contains(expected), "missing {expected:?}");
    }
    assert!(!code.contains("pub struct Opaque"), "replaced");
    assert!(!code.contains("Unused"), "skipped");

    // Without settings, the spec's names.
    let plain = generate(TypesConfig::default()).expect("generates");
    assert!(plain.contains("pub struct CreateBookResponse {"));
    assert!(plain.contains("pub struct Unused {"));
}

#[test]
fn entries_that_name_nothing_or_clash_are_errors() {
    let with = |edit: fn(&mut TypesConfig)| {
        let mut types = TypesConfig::default();
        edit(&mut types);
        generate(types).expect_err("refused")
    };
    let err = with(|t| {
        t.rename.insert("NoSuch".into(), "Other".into());
    });
    assert!(err.contains("types.rename: no schema `NoSuch`"), "{err}");
    let err = with(|t| {
        t.rename
            .insert("CreateBookResponse".into(), "Opaque".into());
    });
    assert!(err.contains("`Opaque` is already the name of"), "{err}");
    let err = with(|t| {
        t.rename
            .insert("CreateBookResponse".into(), "not_a_type".into());
    });
    assert!(err.contains("is not an UpperCamelCase type name"), "{err}");
    let err = with(|t| {
        t.replace.insert("Opaque".into(), "not a path".into());
    });
    assert!(
        err.contains("types.replace.Opaque: `not a path` is not a Rust type path"),
        "{err}"
    );
    let err = with(|t| {
        t.patch.insert(
            "Opaque".into(),
            TypePatch {
                derives: vec![],
                attributes: vec!["non_exhaustive".into()],
                ..TypePatch::default()
            },
        );
    });
    assert!(err.contains("is not one outer attribute"), "{err}");
    let err = with(|t| t.skip.push("Opaque".into()));
    assert!(
        err.contains("types.skip: `Opaque` is used by `CreateBookResponse`"),
        "{err}"
    );
    let err = with(|t| t.skip.push("CreateBookResponse".into()));
    assert!(
        err.contains("is used by the operation `listBooks`"),
        "{err}"
    );
}
