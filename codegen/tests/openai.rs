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
    let stale = codegen::stale_files(&settings.out_dir, &files);
    assert!(
        stale.is_empty(),
        "generated/ is stale: {stale:?}; run `cargo run -p codegen`"
    );
}
