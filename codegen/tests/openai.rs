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
    assert!(
        files.keys().any(|p| p.starts_with("types/")),
        "no types crate"
    );
    for (path, text) in &files {
        assert!(
            !text.contains("](/"),
            "{path} keeps a link relative to the vendor's site"
        );
        // Method examples build their values with the types, never from
        // JSON text; user pages carry no generator notes.
        if path.starts_with("src/resources/") {
            for line in text.lines().filter(|l| l.trim_start().starts_with("///")) {
                assert!(
                    !line.contains("serde_json::from_str")
                        && !line.contains("serde_json::from_value"),
                    "{path}: an example decodes JSON: {line}"
                );
            }
        }
        // What the types crates write is compiled where it is called: a
        // function there without `#[inline]` would be compiled in every
        // build of those crates, for every type, used or not.
        if path.starts_with("types/") {
            // Whether an `#[inline]` is among the attributes and docs just read.
            let mut inline = false;
            for line in text.lines().map(str::trim_start) {
                if line.starts_with("fn ") || line.starts_with("pub fn ") {
                    assert!(inline, "{path}: `{line}` is not #[inline]");
                }
                inline = match line {
                    "#[inline]" => true,
                    _ if line.starts_with("#[") || line.starts_with("///") => inline,
                    _ => false,
                };
            }
        }
        let docs: String = text
            .lines()
            .filter(|l| l.trim_start().starts_with("//!") || l.trim_start().starts_with("///"))
            .collect();
        assert!(
            !docs.contains("do not edit"),
            "{path} tells users not to edit it"
        );
        assert!(!docs.contains("(1 operations)"), "{path}");
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
            let cursor = o
                .params
                .as_ref()
                .is_some_and(|(id, _)| match &model.types[*id].kind {
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
        .defs()
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
    for def in model.types.defs() {
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

/// Defined (struct, enum, union) types of the model.
fn defined(model: &codegen::model::Model) -> impl Iterator<Item = &codegen::model::types::TypeDef> {
    model.types.defs().filter(|t| t.kind.is_defined())
}

#[test]
fn no_two_emitted_types_are_structurally_equal() {
    // Computed on the finished model, apart from the deduplication: two
    // types are equal when their kinds (fields, variants, the ids they
    // refer to, tags), docs modulo whitespace and deprecation are.
    let model = openai_model();
    let mut by_shape: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for def in defined(&model) {
        let docs = def.docs.as_deref().unwrap_or_default();
        let key = format!(
            "{:?}|{}|{:?}",
            def.kind,
            docs.split_whitespace().collect::<Vec<_>>().join(" "),
            def.deprecated
        );
        by_shape.entry(key).or_default().push(&def.name);
    }
    let equal: Vec<_> = by_shape.values().filter(|names| names.len() > 1).collect();
    assert!(equal.is_empty(), "structurally equal types: {equal:?}");
    // The spec's `Beta*` copies that are equal to their originals are
    // aliases of them (before: 2,843 types, 2,781 of them defined).
    let count = defined(&model).count();
    assert!(count < 2_550, "{count} defined types");
    let alias_of = |name: &str| {
        let def = model.types.defs().find(|t| t.name == name).expect(name);
        match &def.kind {
            codegen::model::TypeKind::Alias(codegen::model::TypeRef::Named(id)) => {
                Some(model.types[*id].name.as_str())
            }
            _ => None,
        }
    };
    assert_eq!(alias_of("BetaInputContent"), Some("InputContent"));
    assert_eq!(alias_of("BetaInputTextContent"), Some("InputTextContent"));
}

#[test]
fn aliases_name_defined_types_never_aliases() {
    let model = openai_model();
    for def in model.types.defs() {
        if let codegen::model::TypeKind::Alias(codegen::model::TypeRef::Named(id)) = &def.kind {
            let to = &model.types[*id];
            assert!(
                to.kind.is_defined(),
                "{} is an alias of {}, an alias",
                def.name,
                to.name
            );
        }
    }
}

#[test]
fn no_type_name_ends_in_a_digit_unless_the_spec_s_does() {
    let model = openai_model();
    let mut numbered = Vec::new();
    for def in model.types.defs() {
        if !def.name.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let spec_name = def.pointer.strip_prefix("/components/schemas/");
        if !spec_name.is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit())) {
            numbered.push((&def.name, &def.pointer));
        }
    }
    assert!(numbered.is_empty(), "{numbered:?}");
}

/// Of the spec entries that have a description (on themselves, inside the
/// one `anyOf` member that is not `null`, or behind a `$ref`), the share
/// whose model item carries one: fields, types, operations.
#[test]
fn everything_the_spec_documents_carries_its_doc() {
    use codegen::model::TypeKind;
    use codegen::model::types::described;
    let path = spec_path();
    let text = std::fs::read_to_string(&path).expect("the OpenAI spec");
    let doc = codegen::load::document(&path, &text).expect("document");
    let model = openai_model();
    // A parameter's description is on it or on its schema.
    let documented = |pointer: &str| {
        doc.pointer(pointer).is_some_and(|entry| {
            described(&doc, entry).is_some()
                || entry
                    .get("schema")
                    .is_some_and(|s| described(&doc, s).is_some())
        })
    };
    let mut missing: Vec<String> = Vec::new();
    let mut share = |what: &str, items: Vec<(String, bool)>| {
        let (all, carried) = items
            .iter()
            .fold((0, 0), |(a, c), (_, has)| (a + 1, c + usize::from(*has)));
        missing.extend(
            items
                .into_iter()
                .filter(|(_, has)| !has)
                .map(|(p, _)| format!("{what} {p}")),
        );
        let percent = 100.0 * carried as f64 / all.max(1) as f64;
        println!("{what}: {carried} of {all} documented entries carry their doc ({percent:.1}%)");
        percent
    };
    let fields: Vec<(String, bool)> = model
        .types
        .defs()
        .filter_map(|t| match &t.kind {
            TypeKind::Struct(s) => Some(s),
            _ => None,
        })
        .flat_map(|s| &s.fields)
        .filter(|f| documented(&f.pointer))
        .map(|f| (f.pointer.clone(), f.docs.is_some()))
        .collect();
    let types: Vec<(String, bool)> = model
        .types
        .defs()
        .filter(|t| documented(&t.pointer))
        .map(|t| (t.pointer.clone(), t.docs.is_some()))
        .collect();
    let operations: Vec<(String, bool)> = model
        .operations
        .iter()
        .filter(|o| {
            doc.pointer(&o.pointer).is_some_and(|op| {
                ["summary", "description"].iter().any(|k| {
                    op.get(*k)
                        .and_then(|v| v.as_str())
                        .is_some_and(|s| !s.trim().is_empty())
                })
            })
        })
        .map(|o| (o.pointer.clone(), o.docs.is_some()))
        .collect();
    let shares = [
        share("field", fields),
        share("type", types),
        share("operation", operations),
    ];
    assert!(
        shares.iter().all(|p| *p >= 99.0),
        "{shares:?}; missing: {:#?}",
        &missing[..missing.len().min(40)]
    );
}

/// `codegen diff` from an earlier OpenAI spec (the pinned one without the
/// Containers, Conversations, Skills and Videos paths, which came later)
/// to the pinned one: only additions, the client builder and its
/// authentication unchanged, and the config entry that the earlier spec
/// lacks listed rather than fatal.
#[test]
fn the_diff_from_an_earlier_openai_spec_keeps_the_client_builder() {
    use codegen::diff::{Area, Bump, Format};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace");
    let text = std::fs::read_to_string(spec_path()).expect("the OpenAI spec");
    let mut spec = codegen::load::parse(&spec_path(), &text).expect("parses");
    let later = ["Conversations", "Skills", "Videos"];
    let paths = spec["paths"].as_object_mut().expect("paths");
    paths.retain(|path, item| {
        let tags = item
            .as_object()
            .into_iter()
            .flat_map(|ops| ops.values())
            .filter_map(|op| op.get("tags")?.as_array())
            .flatten()
            .filter_map(|t| t.as_str());
        !path.starts_with("/containers") && !tags.into_iter().any(|t| later.contains(&t))
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let earlier = dir.path().join("earlier.json");
    std::fs::write(&earlier, serde_json::to_string(&spec).expect("json")).expect("write");
    let settings =
        codegen::Settings::from_config(&root.join("spec/openai.toml"), root).expect("config");
    let report = codegen::diff::diff(&earlier, &spec_path(), &settings).expect("diff");
    assert_eq!(report.bump(), Bump::Additive, "{:#?}", report.changes);
    assert!(report.changes.iter().all(|c| c.area != Area::Client));
    assert!(
        report.changes.iter().any(|c| c.text
            == "`client.containers().files().content` added (`RetrieveContainerFileContent`)"),
        "{:#?}",
        report.changes
    );
    assert_eq!(
        report.stale.0,
        ["operations.RetrieveContainerFileContent: no operation has this operationId"]
    );
    let markdown = report.render(Format::Markdown);
    assert!(markdown.contains("### Client builder and authentication\n\nUnchanged.\n"));
}
