//! A crate generated outside this workspace takes the runtime from the
//! registry (`sdk-runtime = { version = "0.1" }`), never from this
//! machine's checkout; it builds against the runtime through
//! `[patch.crates-io]`, which stands in for the registry here. Its README
//! says how to regenerate it.

use codegen::Settings;
use codegen::settings::RuntimeSource;
use std::path::{Path, PathBuf};

mod support;
use support::checkout;

#[test]
fn a_standalone_crate_depends_on_the_registry_runtime_and_builds_through_a_patch() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("shop-client");
    let mut settings = Settings::standalone(out.clone(), Path::new("sdk-runtime"));
    settings.crate_name = "shop-client".into();
    settings.runtime_source = Some(RuntimeSource::Registry {
        version: "0.1".into(),
    });
    settings.regenerate = "codegen --spec shop.yaml --out . --crate-name shop-client".into();
    let spec = checkout().join("codegen/tests/specs/shop.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    let (files, _) = codegen::generate_from_text(&spec, &text, &settings).expect("generates");
    let manifest = &files["Cargo.toml"];
    assert!(
        manifest.contains(r#"sdk-runtime = { version = "0.1", default-features = false }"#),
        "{manifest}"
    );
    assert!(
        manifest.contains(r#"sdk-runtime-types = { version = "0.1" }"#),
        "{manifest}"
    );
    let here = checkout().display().to_string();
    assert!(
        files.values().all(|text| !text.contains(&here)),
        "a file names this checkout"
    );
    assert!(files["README.md"].contains("regenerate with `codegen --spec shop.yaml"));
    codegen::write_files(&out, &files).expect("written");

    let path = |rel: &str| checkout().join(rel).display().to_string();
    let patch = format!(
        "\n[patch.crates-io]\nsdk-runtime = {{ path = {:?} }}\nsdk-runtime-types = {{ path = {:?} }}\nsdk-runtime-macros = {{ path = {:?} }}\n",
        path("runtime"),
        path("runtime-types"),
        path("runtime-macros")
    );
    support::cargo_in_workspace(
        dir.path(),
        &["shop-client".to_owned()],
        &patch,
        &["build", "--quiet"],
    );
}

#[test]
fn the_runtime_source_is_read_from_the_command_line() {
    assert_eq!(
        RuntimeSource::parse("version:0.1").expect("version"),
        RuntimeSource::Registry {
            version: "0.1".into()
        }
    );
    assert_eq!(
        RuntimeSource::parse("git:https://example.com/sdk.git#abc123").expect("git"),
        RuntimeSource::Git {
            git: "https://example.com/sdk.git".into(),
            rev: Some("abc123".into())
        }
    );
    assert_eq!(
        RuntimeSource::parse("path:../runtime").expect("path"),
        RuntimeSource::Path {
            path: "../runtime".into()
        }
    );
    for bad in ["0.1", "svn:x", "git:", "version:"] {
        let error = RuntimeSource::parse(bad).expect_err("refused");
        assert!(error.to_string().contains("version:0.1"), "{error}");
    }
    let mut settings = Settings::standalone(PathBuf::from("out"), Path::new("../runtime"));
    assert_eq!(
        settings.runtime_dependency("../runtime"),
        r#"path = "../runtime", version = "0.1""#,
        "a path comes with the version, so that the crate can be published"
    );
    settings.runtime_source = RuntimeSource::parse("git:https://example.com/sdk.git").ok();
    assert_eq!(
        settings.runtime_dependency("../runtime"),
        r#"git = "https://example.com/sdk.git""#
    );
}
