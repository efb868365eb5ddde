//! `codegen diff` on spec pairs with known changes (`tests/specs/diff/`),
//! and stale config entries: refused all at once by name, or skipped with
//! `allow_stale_config`.

use std::path::{Path, PathBuf};

use codegen::diff::{Area, Bump, Format, Impact, diff};
use codegen::{Error, Settings};

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/diff")
}

fn library_settings() -> Settings {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    Settings::from_config(&specs().join("library.toml"), &root).expect("config")
}

/// The changes of `area` and `impact`, as plain text.
fn changes(report: &codegen::diff::Report, area: Area, impact: Impact) -> Vec<String> {
    report
        .changes
        .iter()
        .filter(|c| c.area == area && c.impact == impact)
        .map(|c| c.text.replace('`', ""))
        .collect()
}

#[test]
fn library_v1_to_v2_reports_each_known_change() {
    let report = diff(
        &specs().join("library-v1.yaml"),
        &specs().join("library-v2.yaml"),
        &library_settings(),
    )
    .expect("diff");
    assert_eq!(
        changes(&report, Area::Methods, Impact::Breaking),
        [
            "client.books().retrieve renamed to client.catalog().books().retrieve (getBook)",
            "client.loans().borrow removed (createLoan)",
        ]
    );
    assert_eq!(
        changes(&report, Area::Methods, Impact::Additive),
        ["client.authors().list added (listAuthors)"]
    );
    assert_eq!(
        changes(&report, Area::Types, Impact::Breaking),
        ["BookLoan removed (struct)"]
    );
    assert_eq!(
        changes(&report, Area::Types, Impact::Additive),
        ["Author added (struct)"]
    );
    assert_eq!(
        changes(&report, Area::Fields, Impact::Breaking),
        [
            "Book.author added, required (new takes it): String",
            "Book.isbn removed",
            "Book.pages is now String (was i64)",
            "NewBook.pages made required",
        ]
    );
    assert_eq!(
        changes(&report, Area::Fields, Impact::Additive),
        ["Book.subtitle added: String"]
    );
    assert_eq!(
        changes(&report, Area::Values, Impact::Breaking),
        ["Format: value audio removed", "Format: value ebook added"]
    );
    assert!(changes(&report, Area::Client, Impact::Breaking).is_empty());
    assert!(changes(&report, Area::Client, Impact::Additive).is_empty());
    assert_eq!(report.bump(), Bump::Breaking);
    assert_eq!(report.next_version().as_deref(), Some("2.0.0"));
    // The config names an operation and a schema that only v1 has.
    assert!(report.stale.0.is_empty());
    assert_eq!(
        report.stale.1,
        [
            "operations.createLoan: no operation has this operationId",
            "types.rename: no schema `Loan`",
        ]
    );

    let markdown = report.render(Format::Markdown);
    assert!(markdown.starts_with("## library-client: Library API 1.0.0 (library-v1.yaml) → Library API 2.0.0 (library-v2.yaml)\n"));
    assert!(markdown.contains("### Client builder and authentication\n\nUnchanged.\n"));
    assert!(markdown.contains("- **breaking** `Book.isbn` removed\n"));
    assert!(markdown.contains("a breaking release: 1.4.2 → 2.0.0"));
    let text = report.render(Format::Text);
    assert!(text.contains("- [breaking] Book.isbn removed\n"));
    assert!(!text.contains('`'), "{text}");
}

#[test]
fn the_reverse_diff_is_breaking_the_other_way() {
    let report = diff(
        &specs().join("library-v2.yaml"),
        &specs().join("library-v1.yaml"),
        &library_settings(),
    )
    .expect("diff");
    assert_eq!(
        changes(&report, Area::Methods, Impact::Breaking),
        [
            "client.authors().list removed (listAuthors)",
            "client.catalog().books().retrieve renamed to client.books().retrieve (getBook)",
        ]
    );
    assert!(
        changes(&report, Area::Fields, Impact::Additive)
            .contains(&"Book.isbn added: String".to_owned())
    );
    assert_eq!(report.stale.0.len(), 2, "{:?}", report.stale);
    assert!(report.stale.1.is_empty());
}

#[test]
fn a_spec_against_itself_changes_nothing() {
    let v1 = specs().join("library-v1.yaml");
    let report = diff(&v1, &v1, &library_settings()).expect("diff");
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    assert_eq!(report.bump(), Bump::None);
    assert_eq!(report.next_version(), None);
    assert!(
        report
            .render(Format::Text)
            .contains("no change that users see; no release needed")
    );
}

#[test]
fn additions_alone_are_a_minor_release_and_a_patch_below_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v1 = std::fs::read_to_string(specs().join("library-v1.yaml")).expect("v1");
    let added = v1.replace(
        "        isbn: { type: string }\n",
        "        isbn: { type: string }\n        language: { type: string }\n",
    );
    assert_ne!(added, v1);
    let new = dir.path().join("added.yaml");
    std::fs::write(&new, added).expect("write");
    let mut settings = library_settings();
    let report = diff(&specs().join("library-v1.yaml"), &new, &settings).expect("diff");
    assert_eq!(
        changes(&report, Area::Fields, Impact::Additive),
        ["Book.language added: String"]
    );
    assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
    assert_eq!(report.next_version().as_deref(), Some("1.5.0"));
    settings.crate_version = "0.3.1".into();
    let report = diff(&specs().join("library-v1.yaml"), &new, &settings).expect("diff");
    assert_eq!(report.next_version().as_deref(), Some("0.3.2"));
}

#[test]
fn a_new_security_scheme_changes_the_client_builder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v1 = std::fs::read_to_string(specs().join("library-v1.yaml")).expect("v1");
    let bearer = v1.replace("  - apiKey: []\n", "  - token: []\n").replace(
        "    apiKey:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n",
        "    token:\n      type: http\n      scheme: bearer\n",
    );
    let new = dir.path().join("bearer.yaml");
    std::fs::write(&new, bearer).expect("write");
    let mut settings = library_settings();
    settings.crate_version = "0.4.0".into();
    let report = diff(&specs().join("library-v1.yaml"), &new, &settings).expect("diff");
    let breaking = changes(&report, Area::Client, Impact::Breaking);
    let additive = changes(&report, Area::Client, Impact::Additive);
    assert_eq!(breaking.len(), 1, "{breaking:?}");
    assert!(
        breaking[0].starts_with("api_key removed: an API key (X-Api-Key) for apiKey, from "),
        "{breaking:?}"
    );
    assert_eq!(additive.len(), 1, "{additive:?}");
    assert!(
        additive[0].starts_with("token added: a bearer token for token, from "),
        "{additive:?}"
    );
    assert_eq!(report.next_version().as_deref(), Some("0.5.0"));
}

#[test]
fn stale_config_entries_are_refused_together_by_name() {
    let mut settings = library_settings();
    settings.spec = Some(specs().join("library-v2.yaml"));
    settings.out_dir = tempfile::tempdir().expect("temp dir").path().join("out");
    settings.check = true;
    let error = codegen::run(&settings).expect_err("stale entries refuse the run");
    let Error::StaleConfig(entries) = &error else {
        panic!("not a stale-config error: {error}");
    };
    assert_eq!(entries.len(), 2, "{entries:?}");
    let message = error.to_string();
    assert!(message.contains("operations.createLoan"), "{message}");
    assert!(
        message.contains("types.rename: no schema `Loan`"),
        "{message}"
    );
    assert!(message.contains("--allow-stale-config"), "{message}");

    settings.allow_stale_config = true;
    let report = codegen::run(&settings).expect("generates without them");
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings
            .iter()
            .filter(|w| w.contains("stale config entry skipped"))
            .count(),
        2,
        "{warnings:?}"
    );
    assert_eq!(report.operations, 4);
}

#[test]
fn a_patch_that_names_no_mapping_is_stale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("patched.toml");
    std::fs::write(
        &config,
        r#"
[crate]
name = "library-client"
version = "0.1.0"
out_dir = "out"
runtime_path = "../runtime"

[[patch]]
pointer = "/components/schemas/Loan"
merge = { description = "A loan." }
why = "Only v1 has loans."
"#,
    )
    .expect("config");
    let mut settings = Settings::from_config(&config, dir.path()).expect("settings");
    settings.spec = Some(specs().join("library-v2.yaml"));
    settings.check = true;
    let error = codegen::run(&settings).expect_err("stale patch");
    assert!(
        error
            .to_string()
            .contains("patch #1 `/components/schemas/Loan`: no mapping there"),
        "{error}"
    );
    settings.spec = Some(specs().join("library-v1.yaml"));
    let report = codegen::run(&settings).expect("v1 has loans");
    assert!(
        report.warnings.iter().all(|w| !w.message.contains("stale")),
        "{:?}",
        report.warnings
    );
}
