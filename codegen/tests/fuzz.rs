//! Property tests of the whole pipeline: arbitrary bytes and structured
//! mutations of real specs end in a generated crate or a located error,
//! never a panic or a hang. `PROPTEST_CASES` raises the number of cases.

use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn generate(text: &str) {
    let settings = codegen::Settings::standalone(PathBuf::from("unused"), Path::new("../runtime"));
    if let Err(e) = codegen::generate_from_text(Path::new("fuzz.yaml"), text, &settings) {
        // Errors say where.
        let shown = e.to_string();
        assert!(
            shown.contains("fuzz.yaml") || shown.contains('#') || shown.contains("spec"),
            "{shown}"
        );
    }
}

fn base_spec() -> Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/shop.yaml"),
    )
    .expect("spec");
    codegen::load::parse(Path::new("shop.yaml"), &text).expect("parses")
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z$#/{}]{0,12}".prop_map(Value::String),
        Just(Value::String("#/components/schemas/Customer".into())),
        Just(Value::String("object".into())),
        Just(Value::String("array".into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("type".to_owned()),
                    Just("$ref".to_owned()),
                    Just("properties".to_owned()),
                    Just("items".to_owned()),
                    Just("oneOf".to_owned()),
                    Just("allOf".to_owned()),
                    Just("enum".to_owned()),
                    Just("required".to_owned()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the node at the `choice`-th position of a walk by `value`.
fn mutate(root: &mut Value, choice: usize, value: Value) {
    fn walk(node: &mut Value, left: &mut usize, value: &mut Option<Value>) {
        if *left == 0 {
            if let Some(v) = value.take() {
                *node = v;
            }
            return;
        }
        *left -= 1;
        match node {
            Value::Object(m) => m.values_mut().for_each(|v| walk(v, left, value)),
            Value::Array(a) => a.iter_mut().for_each(|v| walk(v, left, value)),
            _ => {}
        }
    }
    let mut left = choice;
    walk(root, &mut left, &mut Some(value));
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        generate(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn mutated_specs_never_panic(mutations in proptest::collection::vec((0usize..400, any_json()), 1..6)) {
        let mut spec = base_spec();
        for (at, value) in mutations {
            mutate(&mut spec, at, value);
        }
        generate(&serde_json::to_string(&spec).expect("json"));
    }
}

#[test]
fn deep_nesting_and_reference_cycles_are_bounded() {
    let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    generate(&deep);
    let yaml_deep = format!("{}x", "- ".repeat(5_000));
    generate(&yaml_deep);
    let cycle = r##"{"openapi":"3.1.0","paths":{},"components":{"schemas":{
        "A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"},
        "C":{"allOf":[{"$ref":"#/components/schemas/C"}]},
        "D":{"type":"object","properties":{"d":{"$ref":"#/components/schemas/D"}},"allOf":[{"$ref":"#/components/schemas/D"}]}}}}"##;
    generate(cycle);
}
