//! Specs split over several files: relative references across folders and
//! cycles between files resolve as if the document were one; references in
//! prose and vendor extensions are never read; missing files and remote
//! references are errors that name the file and the pointer.

use codegen::{Settings, generate_from_text};
use std::path::{Path, PathBuf};

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, text).expect("write");
    path
}

fn generate(root: &Path) -> Result<codegen::emit::Files, codegen::Error> {
    let text = std::fs::read_to_string(root).expect("root");
    let settings = Settings::standalone(PathBuf::from("unused"), Path::new("../runtime"));
    generate_from_text(root, &text, &settings).map(|(files, _)| files)
}

const ROOT: &str = r#"
openapi: 3.1.0
info: {title: Split, version: "1"}
tags:
  - name: things
    description: {$ref: ./docs/things.md}
x-topics:
  - content: {$ref: ./docs/intro.md}
  - content: {$ref: ./docs/never-written.md}
paths:
  /things:
    $ref: paths/things.yaml#/collection
components:
  schemas:
    Local:
      type: object
      properties:
        description: {$ref: "schemas/a.yaml#/A"}
"#;

#[test]
fn references_across_files_resolve_and_prose_is_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = write(dir.path(), "openapi.yaml", ROOT);
    write(dir.path(), "docs/things.md", "# Things\n");
    write(dir.path(), "docs/intro.md", "# Intro\n");
    write(
        dir.path(),
        "paths/things.yaml",
        "collection:\n  get:\n    operationId: listThings\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            schema: {$ref: '../schemas/a.yaml#/A'}\n",
    );
    // a.yaml and b.yaml refer to each other; b is referenced as a whole file.
    write(
        dir.path(),
        "schemas/a.yaml",
        "A:\n  type: object\n  properties:\n    b: {$ref: b.yaml}\n    self: {$ref: '#/A'}\n",
    );
    write(
        dir.path(),
        "schemas/b.yaml",
        "type: object\nproperties:\n  a: {$ref: 'a.yaml#/A'}\n",
    );
    let files = generate(&root).expect("generates");
    let code = files.values().cloned().collect::<Vec<_>>().join("\n");
    for expected in [
        "pub struct A {",
        "pub struct B {",
        "pub struct Local {",
        "fn list(",
    ] {
        assert!(code.contains(expected), "missing {expected}");
    }
    assert!(
        code.contains("pub b: Option<Box<B>>") || code.contains("pub b: Option<B>"),
        "field b"
    );
}

#[test]
fn missing_files_and_remote_references_name_the_file_and_pointer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = write(
        dir.path(),
        "openapi.yaml",
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    A: {$ref: 'schemas/a.yaml#/A'}\n",
    );
    write(
        dir.path(),
        "schemas/a.yaml",
        "A:\n  type: object\n  properties:\n    gone: {$ref: missing.yaml}\n",
    );
    let err = generate(&root).unwrap_err().to_string();
    assert!(err.contains("a.yaml#/A/properties/gone"), "{err}");
    assert!(
        err.contains("missing.yaml") && err.contains("not found"),
        "{err}"
    );

    write(
        dir.path(),
        "schemas/a.yaml",
        "A:\n  type: object\n  properties:\n    far: {$ref: 'https://example.com/schemas.yaml#/Far'}\n",
    );
    let err = generate(&root).unwrap_err().to_string();
    assert!(err.contains("remote reference"), "{err}");
    assert!(err.contains("a.yaml#/A/properties/far"), "{err}");

    write(dir.path(), "schemas/a.yaml", "A: [unclosed\n");
    let err = generate(&root).unwrap_err().to_string();
    assert!(
        err.contains("a.yaml:"),
        "syntax errors name the file: {err}"
    );
}
