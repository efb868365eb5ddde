//! The pinned OpenAI spec: every operation generates, nothing needs a
//! warning, and `generated/` is exactly what the generator makes of it.

use std::path::{Path, PathBuf};

fn spec_path() -> PathBuf {
    if let Some(p) = std::env::var_os("OPENAPI_SPEC").filter(|p| !p.is_empty()) {
        return p.into();
    }
    let shared = std::env::var_os("SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    shared.join("spec/openai/openapi.yaml")
}

#[test]
fn the_openai_spec_generates_without_warnings_and_generated_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace");
    let path = spec_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the OpenAI spec is required at {} (set OPENAPI_SPEC): {e}",
            path.display()
        )
    });
    let settings =
        codegen::Settings::from_config(&root.join("spec/openai.toml"), root).expect("config");
    let (files, report) = codegen::generate_from_text(&path, &text, &settings).expect("generates");
    assert_eq!(report.operations, 288);
    assert!(report.types > 1422, "{} types", report.types);
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
    for (path, text) in &files {
        assert!(
            !text.contains("](/"),
            "{path} keeps a link relative to the vendor's site"
        );
    }
    let stale = codegen::stale_files(&settings.out_dir, &files);
    assert!(
        stale.is_empty(),
        "generated/ is stale: {stale:?}; run `cargo run -p codegen`"
    );
}

/// The model of the OpenAI spec with the OpenAI config's corrections.
fn openai_model() -> codegen::model::Model {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace");
    let path = spec_path();
    let text = std::fs::read_to_string(&path).expect("the OpenAI spec");
    let settings =
        codegen::Settings::from_config(&root.join("spec/openai.toml"), root).expect("config");
    let mut model = codegen::model_from_text(&path, &text).expect("model");
    model
        .apply_overrides(&settings.operations)
        .expect("overrides");
    model
}

#[test]
fn the_openai_model_keeps_what_the_spec_states() {
    use codegen::model::operations::Response;
    use codegen::model::{TypeKind, TypeRef};
    let model = openai_model();
    let op = |id: &str| {
        model
            .operations
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };

    // Names from the operation, not the HTTP verb.
    assert_eq!(op("cancelEvalRun").name, "cancel");
    assert_eq!(op("update-organization-data-retention").name, "update");
    assert_eq!(op("listFilesInVectorStoreBatch").name, "list");

    // The admin key on the admin operations, the API key elsewhere.
    let admin: Vec<_> = model
        .operations
        .iter()
        .filter(|o| o.security == Some(vec![vec!["AdminApiKeyAuth".to_owned()]]))
        .collect();
    assert_eq!(admin.len(), 119);
    assert!(
        admin
            .iter()
            .all(|o| o.path.starts_with("/organization") || o.path.starts_with("/projects"))
    );
    assert_eq!(model.default_security, vec![vec!["ApiKeyAuth".to_owned()]]);

    // Every list with a cursor parameter and a `data` page pages itself.
    let lists: Vec<_> = model
        .operations
        .iter()
        .filter(|o| o.method == "GET")
        .filter(|o| {
            let Response::Json(ty) = &o.response else {
                return false;
            };
            let has_data = model
                .types
                .as_struct(ty)
                .is_some_and(|(_, s)| s.fields.iter().any(|f| f.wire == "data"));
            let cursor =
                o.params
                    .as_ref()
                    .is_some_and(|(id, _)| match &model.types.types[*id].kind {
                        TypeKind::Struct(s) => s
                            .fields
                            .iter()
                            .any(|f| ["after", "cursor", "page"].contains(&f.wire.as_str())),
                        _ => false,
                    });
            has_data && cursor
        })
        .collect();
    assert_eq!(lists.len(), 62);
    for o in &lists {
        assert!(o.pagination.is_some(), "{} has no auto_paginate", o.id);
    }

    // Constraint-only alternatives are kept on the request types.
    let def = model
        .types
        .types
        .iter()
        .find(|t| t.name == "CreateVectorStoreFileBatchRequest")
        .expect("type");
    let TypeKind::Struct(s) = &def.kind else {
        panic!("struct")
    };
    assert_eq!(
        s.alternatives,
        vec![vec!["file_ids".to_owned()], vec!["files".to_owned()]]
    );

    // A response the spec leaves without content keeps its bytes (config).
    assert_eq!(op("RetrieveContainerFileContent").response, Response::Bytes);
    let _ = TypeRef::Any;
}

#[test]
fn one_type_per_constant() {
    // A single-value enum is one type per value, whether or not a schema
    // spells out its default: no `FunctionLiteral2` next to `FunctionLiteral`.
    let model = openai_model();
    let mut by_value: std::collections::BTreeMap<Vec<String>, Vec<&str>> = Default::default();
    for def in &model.types.types {
        if let codegen::model::TypeKind::Enum(e) = &def.kind
            && e.variants.len() == 1
            && def.name.contains("Literal")
        {
            let values = e.variants.iter().map(|v| v.wire.clone()).collect();
            by_value.entry(values).or_default().push(&def.name);
        }
    }
    let repeated: Vec<_> = by_value.values().filter(|names| names.len() > 1).collect();
    assert!(
        repeated.is_empty(),
        "one value, several types: {repeated:?}"
    );
    assert!(by_value.len() > 100, "{} constants", by_value.len());
}
