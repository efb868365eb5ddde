//! A real-size spec split over more than 3,000 files, in DigitalOcean's
//! layout (a root file, a folder per resource with its paths, models,
//! responses, parameters, and a file per model attribute, many files
//! sharing a name): it generates, and the crate builds. The bundler's
//! limits stop a document that reads more than they allow, naming the
//! setting to raise.

use codegen::{Settings, generate_from_text};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod support;

const RESOURCES: usize = 120;
const ATTRIBUTES: [&str; 18] = [
    "name",
    "region",
    "size",
    "status_text",
    "created_at",
    "updated_at",
    "tags",
    "description",
    "owner",
    "project",
    "url",
    "ipv4",
    "ipv6",
    "vpc",
    "price_hourly",
    "price_monthly",
    "locked",
    "labels",
];

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, text).expect("write");
}

fn attribute(name: &str) -> String {
    let schema = match name {
        "created_at" | "updated_at" => "type: string\nformat: date-time",
        "tags" | "labels" => "type: array\nitems:\n  type: string",
        "locked" => "type: boolean",
        "price_hourly" | "price_monthly" => "type: number",
        _ => "type: string",
    };
    format!("{schema}\ndescription: The {}.\n", name.replace('_', " "))
}

/// Writes the document; returns the root file and how many files it has.
fn digitalocean_like(dir: &Path) -> (PathBuf, usize) {
    let mut files = 1;
    let mut paths = String::new();
    for r in 0..RESOURCES {
        let res = format!("res{r:03}");
        let title = format!("Res{r:03}");
        let _ = write!(
            paths,
            "  /v2/{res}:\n    $ref: 'resources/{res}/{res}_list.yml'\n  /v2/{res}/{{{res}_id}}:\n    $ref: 'resources/{res}/{res}_get.yml'\n"
        );
        write(
            dir,
            &format!("resources/{res}/{res}_list.yml"),
            &format!(
                "get:\n  operationId: {res}_list\n  tags: [{title}]\n  parameters:\n    - $ref: 'parameters.yml#/per_page'\n  responses:\n    '200':\n      $ref: 'responses/all_{res}.yml'\n    '401':\n      $ref: '../../shared/responses/unauthorized.yml'\npost:\n  operationId: {res}_create\n  tags: [{title}]\n  requestBody:\n    required: true\n    content:\n      application/json:\n        schema:\n          $ref: 'models/{res}_create.yml'\n  responses:\n    '201':\n      $ref: 'responses/{res}.yml'\n"
            ),
        );
        write(
            dir,
            &format!("resources/{res}/{res}_get.yml"),
            &format!(
                "get:\n  operationId: {res}_get\n  tags: [{title}]\n  parameters:\n    - $ref: 'parameters.yml#/{res}_id'\n  responses:\n    '200':\n      $ref: 'responses/{res}.yml'\n    '404':\n      $ref: '../../shared/responses/not_found.yml'\n"
            ),
        );
        write(
            dir,
            &format!("resources/{res}/parameters.yml"),
            &format!(
                "{res}_id:\n  name: {res}_id\n  in: path\n  required: true\n  schema:\n    type: string\nper_page:\n  name: per_page\n  in: query\n  schema:\n    type: integer\n    minimum: 1\n    maximum: 200\n"
            ),
        );
        write(
            dir,
            &format!("resources/{res}/responses/all_{res}.yml"),
            &format!(
                "description: Every {res}.\ncontent:\n  application/json:\n    schema:\n      type: array\n      items:\n        $ref: '../models/{res}.yml'\n"
            ),
        );
        write(
            dir,
            &format!("resources/{res}/responses/{res}.yml"),
            &format!(
                "description: One {res}.\ncontent:\n  application/json:\n    schema:\n      $ref: '../models/{res}.yml'\n"
            ),
        );
        let mut properties = String::new();
        for a in ATTRIBUTES {
            let _ = write!(properties, "  {a}:\n    $ref: 'attributes/{a}.yml'\n");
            write(
                dir,
                &format!("resources/{res}/models/attributes/{a}.yml"),
                &attribute(a),
            );
        }
        write(
            dir,
            &format!("resources/{res}/models/{res}.yml"),
            &format!(
                "type: object\ndescription: A {res}.\nrequired: [id, name]\nproperties:\n  id:\n    type: string\n  state:\n    $ref: '{res}_status.yml'\n{properties}"
            ),
        );
        write(
            dir,
            &format!("resources/{res}/models/{res}_create.yml"),
            "type: object\nrequired: [name]\nproperties:\n  name:\n    $ref: 'attributes/name.yml'\n  region:\n    $ref: 'attributes/region.yml'\n",
        );
        write(
            dir,
            &format!("resources/{res}/models/{res}_status.yml"),
            "type: string\nenum: [new, active, off]\n",
        );
        files += 7 + ATTRIBUTES.len();
    }
    write(
        dir,
        "shared/responses/unauthorized.yml",
        "description: Unauthorized.\ncontent:\n  application/json:\n    schema:\n      $ref: '../models/error.yml'\n",
    );
    write(
        dir,
        "shared/responses/not_found.yml",
        "description: Not found.\ncontent:\n  application/json:\n    schema:\n      $ref: '../models/error.yml'\n",
    );
    write(
        dir,
        "shared/models/error.yml",
        "type: object\nproperties:\n  id:\n    type: string\n  message:\n    type: string\n",
    );
    files += 3;
    let root = dir.join("DigitalOcean-like.v2.yaml");
    std::fs::write(
        &root,
        format!(
            "openapi: 3.0.0\ninfo:\n  title: Cloud API\n  version: '2.0'\nservers:\n  - url: https://api.cloud.example\nsecurity:\n  - bearer_auth: []\npaths:\n{paths}components:\n  securitySchemes:\n    bearer_auth:\n      type: http\n      scheme: bearer\n"
        ),
    )
    .expect("root");
    (root, files)
}

#[test]
fn a_spec_of_more_than_3000_files_generates_and_builds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (root, count) = digitalocean_like(&dir.path().join("spec"));
    assert!(count > 3000, "{count} files");
    let text = std::fs::read_to_string(&root).expect("root");
    let out = dir.path().join("cloud-client");
    let runtime = std::fs::canonicalize(support::checkout().join("runtime")).expect("runtime");
    let mut settings = Settings::standalone(out.clone(), &runtime);
    settings.crate_name = "cloud-client".into();
    let (files, report) = generate_from_text(&root, &text, &settings).expect("generates");
    assert_eq!(report.operations, RESOURCES * 3);
    codegen::write_files(&out, &files).expect("written");
    support::cargo_in_workspace(
        dir.path(),
        &["cloud-client".to_owned()],
        "",
        &["build", "--quiet"],
    );

    // The limits: too few files, or too few bytes, for this document.
    settings.limits.max_files = 2000;
    let error = generate_from_text(&root, &text, &settings).expect_err("too many files");
    let message = error.to_string();
    assert!(
        message.contains("more than 2000 files") && message.contains("max_files"),
        "{message}"
    );
    settings.limits = codegen::load::Limits {
        max_files: 10_000,
        max_bytes: 64 * 1024,
    };
    let error = generate_from_text(&root, &text, &settings).expect_err("too many bytes");
    assert!(error.to_string().contains("max_bytes"), "{error}");
}
