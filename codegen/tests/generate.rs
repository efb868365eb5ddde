//! The generator on small specs: malformed input gives located errors (never
//! a panic), each construct maps to the Rust it should, the output is
//! deterministic and matches the golden files, and crates generated from a
//! non-OpenAI spec and from a catalogue of hostile names compile cleanly.

use codegen::{Error, Settings, emit::Files, generate_from_text};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

mod support;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf()
}

fn settings(name: &str) -> Settings {
    let mut s = Settings::standalone(PathBuf::from("unused"), Path::new("../../runtime"));
    s.crate_name = name.to_owned();
    s.runtime_path = "../../runtime".into();
    s
}

fn spec(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/specs")
            .join(name),
    )
    .expect("spec file")
}

fn generate(text: &str) -> Result<(Files, codegen::Report), Error> {
    generate_from_text(Path::new("spec.yaml"), text, &settings("test-client"))
}

fn all_code(files: &Files) -> String {
    files.values().cloned().collect::<Vec<_>>().join("\n")
}

#[test]
fn malformed_specs_fail_with_a_location() {
    let cases: &[(&str, &str)] = &[
        ("openapi: 3.1.0\npaths: [unclosed\n", "spec.yaml:"),
        ("{\"openapi\": \"3.1.0\",\n \"paths\": {,}}", "spec.yaml:2:"),
        ("swagger: '2.0'\n", "Swagger 2.0 is not supported"),
        ("openapi: 2.5.0\n", "unsupported OpenAPI version `2.5.0`"),
        (
            "openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/Missing'}\n",
            "#/components/schemas/A`: dangling reference",
        ),
        (
            "openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: 'other.yaml#/B'}\n",
            "other.yaml not found",
        ),
        (
            "openapi: 3.0.0\npaths:\n  /a: {get: {operationId: same, responses: {}}}\n  /b: {get: {operationId: same, responses: {}}}\n",
            "#/paths/~1b/get/operationId`: duplicate operationId `same`",
        ),
        ("- just\n- a list\n", "not a mapping"),
        ("openapi: 3.1.0\npaths: 7\n", "`paths` must be a mapping"),
        ("", "spec.yaml:1:1"),
    ];
    for (text, expected) in cases {
        let err = generate(text).map(|_| ()).expect_err(text);
        assert!(
            err.to_string().contains(expected),
            "for {text:?}: `{err}` lacks `{expected}`"
        );
    }
}

#[test]
fn constructs_map_to_the_expected_rust() {
    let (files, report) = generate(&spec("shop.yaml")).expect("generates");
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(report.operations, 8);
    let code = all_code(&files);
    let has = |snippet: &str| assert!(code.contains(snippet), "missing `{snippet}`");
    // Required and optional fields; a required one a server may omit
    // decodes as its default; the derive writes the serde impls.
    has("#[api(default)]\n    pub name: String,");
    has("    pub email: Option<String>,\n");
    has(
        "#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]\n#[api(new(name))]\npub struct NewCustomer {",
    );
    // Every struct keeps what it does not declare.
    has("#[api(extra)]\n    pub extra: sdk_runtime_types::Extra,");
    // allOf merges; recursion is boxed; additionalProperties is a map.
    has("pub struct Customer {");
    has("pub referrer: Option<Box<Customer>>,");
    has("pub attributes: Option<std::collections::BTreeMap<String, String>>,");
    // Integer and number formats.
    has("pub quantity: i32,");
    has("pub created: i64,");
    has("pub price: Option<f64>,");
    // String enums are open and have their default.
    has("sdk_runtime_types::StringEnum)]\npub enum NewCustomerTier {");
    has("Other(String),");
    has("#[default]\n    Free,");
    // Constants are their own type.
    // A variant's tag field takes the tag the union read.
    has("#[api(constant, tag)]\n    pub method: CardLiteral,");
    // A discriminator makes a tagged union with a raw-JSON fallback; a
    // variant that is an `Object` decodes with its own `from_map`.
    has("#[api(tag = \"method\")]\npub enum Payment {");
    has("#[api(tag = \"card\", object)]\n    Card(CardPayment),");
    has("#[api(other)]\n    Unknown(serde_json::Value),");
    // A const property tells anyOf members apart too.
    has("#[api(tag = \"progress\", object)]\n    Progress(");
    // anyOf of string and array, with null: an untagged union used as Option.
    has("sdk_runtime_types::Union)]\npub enum Note {");
    // Resources follow the paths; path params are arguments; a page of
    // things below an item is a resource of its own.
    has("pub fn orders(&self) -> CustomersOrders {");
    has(
        "pub fn list(\n        &self,\n        customer_id: &str,\n        params: &types::ListOrdersParams,",
    );
    has("pub fn retrieve(&self, customer_id: &str) -> sdk_runtime::Call<types::Customer>");
    // Pagination: `after` from the last item, and a `next_page` cursor.
    has("self.data.last().map(|item| (\"after\", item.id.clone()))");
    has("map(|cursor| (\"page\", cursor))");
    // Multipart, binary and streaming operations.
    has("impl sdk_runtime_types::multipart::ToForm for UploadAvatarRequest {");
    has("form.file(\"file\", &self.file);");
    has("for (name, value) in self.extra.iter() {");
    has("sdk_runtime::Call<sdk_runtime::Bytes>");
    has("pub fn create_stream(");
    has(".body_field(\"stream\", true)");
    // One feature per top-level resource.
    let manifest = &files["Cargo.toml"];
    assert!(
        manifest.contains("customers = []") && manifest.contains("catalogue = []"),
        "{manifest}"
    );
    assert!(files.contains_key("src/resources/customers.rs"));
}

#[test]
fn output_is_deterministic_and_matches_the_golden_files() {
    let text = spec("shop.yaml");
    let (first, _) = generate(&text).expect("generates");
    let (second, _) = generate(&text).expect("generates");
    assert_eq!(first, second, "same spec, same bytes");
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/shop");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let _ = std::fs::remove_dir_all(&golden);
        codegen::write_files(&golden, &first).expect("write golden");
    }
    let stale = codegen::stale_files(&golden, &first);
    assert!(
        stale.is_empty(),
        "golden files differ: {stale:?} (UPDATE_GOLDEN=1 rewrites them)"
    );
}

#[test]
fn names_that_collide_or_are_keywords_stay_distinct() {
    let (files, report) = generate(&spec("hostile.yaml")).expect("generates");
    let code = all_code(&files);
    for snippet in [
        "pub struct SelfType {",
        "pub self_: Option<String>,",
        "pub type_: Option<String>,",
        "pub crate_: Option<i64>,",
        "pub super_: Option<bool>,",
        "pub foo_bar: Option<String>,",
        "pub foo_bar_2: Option<String>,",
        "rename = \"café\"",
        "rename = \"🚀\"",
        "pub field_1st_place: Option<String>,",
        "pub struct ClientType {",
        "pub enum CallType {",
        "pub struct OptionType {",
        "pub type StringType = String;",
        "pub new_2: Option<String>,",
    ] {
        assert!(code.contains(snippet), "missing `{snippet}`");
    }
    // The alias loop is reported with its location and cut.
    assert!(
        report.warnings.iter().any(|w| w.pointer.contains("/Loop")),
        "{:?}",
        report.warnings
    );
}

/// The hostile catalogue plus the pieces too large to write by hand.
fn hostile_catalogue() -> String {
    let mut doc: Value = serde_json::to_value(
        codegen::load::parse(Path::new("h.yaml"), &spec("hostile.yaml")).expect("yaml"),
    )
    .expect("json");
    let schemas = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .expect("schemas");
    let values: Vec<String> = (0..10_000).map(|i| format!("value-{i}")).collect();
    schemas.insert("Huge".into(), json!({"type": "string", "enum": values}));
    let mut nested = json!({"type": "string"});
    for depth in 0..40 {
        nested = json!({"type": "object", "properties": {format!("level{depth}"): nested}});
    }
    schemas.insert("Deep".into(), nested);
    let long = "A very long description with ``` fences, <html>, [links] and */ ".repeat(2000);
    schemas.insert("Verbose".into(), json!({"type": "object", "description": long, "properties": {"x": {"type": "string", "description": long}}}));
    serde_json::to_string(&doc).expect("serialize")
}

#[test]
fn generated_crates_compile_without_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = std::fs::canonicalize(root().join("runtime")).expect("runtime dir");
    let mut members = Vec::new();
    for (name, text, split) in [
        ("shop", spec("shop.yaml"), false),
        ("hostile", hostile_catalogue(), false),
        // The types in a crate of their own, split in a shared crate and
        // parts that build in parallel.
        ("shop-split", spec("shop.yaml"), true),
    ] {
        let out = dir.path().join(name);
        let mut s = Settings::standalone(out.clone(), &runtime);
        s.crate_name = format!("{name}-client");
        if split {
            s.types_crate = Some(format!("{name}-types"));
            s.types_parts = 2;
        }
        let (files, _) = generate_from_text(Path::new("spec"), &text, &s).expect("generates");
        codegen::write_files(&out, &files).expect("written");
        for manifest in files.keys().filter(|p| p.ends_with("Cargo.toml")) {
            let dir = manifest
                .trim_end_matches("Cargo.toml")
                .trim_end_matches('/');
            let member = if dir.is_empty() {
                name.to_owned()
            } else {
                format!("{name}/{dir}")
            };
            members.push(member);
        }
        if split {
            assert!(
                files.contains_key("types/shared/Cargo.toml"),
                "a shared crate"
            );
            assert!(
                files.contains_key("types/part1/Cargo.toml"),
                "at least one part"
            );
        }
    }
    support::cargo_in_workspace(
        dir.path(),
        &members,
        "",
        &["clippy", "--all-targets", "--quiet", "--", "-D", "warnings"],
    );
}

#[test]
fn config_entries_that_name_nothing_are_errors() {
    use codegen::settings::{AuthConfig, OperationConfig};
    let text = spec("tickets.yaml");
    let run = |settings: &Settings| {
        generate_from_text(Path::new("tickets.yaml"), &text, settings)
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };
    let mut s = settings("tickets-api");
    s.client
        .auth
        .insert("noSuchScheme".into(), AuthConfig::default());
    assert!(run(&s).contains("client.auth.noSuchScheme"), "{}", run(&s));

    let mut s = settings("tickets-api");
    s.operations
        .insert("noSuchOperation".into(), OperationConfig::default());
    assert!(
        run(&s).contains("operations.noSuchOperation"),
        "{}",
        run(&s)
    );

    // Two methods of one resource cannot share a name.
    let mut s = settings("tickets-api");
    s.operations.insert(
        "getBooking".into(),
        OperationConfig {
            name: Some("create".into()),
            ..OperationConfig::default()
        },
    );
    let err = run(&s);
    assert!(
        err.contains("already the method of `createBooking`"),
        "{err}"
    );

    // A declared stream names a schema of the document, and the operation
    // must have a way to ask for it.
    let mut s = settings("tickets-api");
    s.operations.insert(
        "getBooking".into(),
        OperationConfig {
            stream: Some("NoSuchSchema".into()),
            ..OperationConfig::default()
        },
    );
    assert!(
        run(&s).contains("operations.getBooking.stream: no schema `NoSuchSchema`"),
        "{}",
        run(&s)
    );
    let mut s = settings("tickets-api");
    s.operations.insert(
        "getBooking".into(),
        OperationConfig {
            stream: Some("Booking".into()),
            ..OperationConfig::default()
        },
    );
    assert!(
        run(&s).contains("no `stream` body property or query parameter"),
        "{}",
        run(&s)
    );

    // A patch must name a mapping of the document.
    let mut s = settings("tickets-api");
    s.patches.push(codegen::settings::PatchConfig {
        pointer: "/components/schemas/NoSuchSchema".into(),
        merge: serde_json::json!({"type": "object"}),
        remove: vec![],
        why: "test".into(),
    });
    assert!(
        run(&s).contains("patch #1 `/components/schemas/NoSuchSchema`: no mapping there"),
        "{}",
        run(&s)
    );

    // A scheme option may not take a builder method's name.
    let mut s = settings("tickets-api");
    s.client.auth.insert(
        "queryKey".into(),
        AuthConfig {
            option: Some("timeout".into()),
            env: None,
        },
    );
    assert!(run(&s).contains("`timeout`"), "{}", run(&s));
}

#[test]
fn required_alternatives_get_one_constructor_each_and_valid_samples() {
    let text = r#"
openapi: 3.1.0
info: {title: Alt, version: "1"}
paths:
  /batches:
    post:
      operationId: createBatch
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              anyOf: [{required: [file_ids]}, {required: [files]}]
              properties:
                file_ids: {type: array, items: {type: string}}
                files: {type: array, items: {type: string}}
                label: {type: string}
      responses:
        "200": {description: ok}
"#;
    let mut s = settings("alt-client");
    s.conformance_tests = true;
    let (files, _) = generate_from_text(Path::new("spec.yaml"), text, &s).expect("generates");
    let code = all_code(&files);
    let expected = "#[api(alternative(file_ids))]\n#[api(alternative(files))]\n#[non_exhaustive]\npub struct CreateBatchRequest {";
    assert!(code.contains(expected), "missing {expected}");
    // The conformance sample with only what is required satisfies the
    // first alternative instead of sending `{}`.
    let cases = &files["tests/conformance/cases.rs"];
    assert!(
        cases.contains(r#"sample("{\"file_ids\":[\"string\"]}")"#),
        "{cases}"
    );
}
