//! # codegen
//!
//! Turns an OpenAPI 3.0/3.1 document into a typed Rust SDK crate over the
//! `sdk-runtime` crate, in three stages with arrows only downward:
//!
//! - [`load`]: find, parse and check the document;
//! - [`model`]: normalize it into named types and operations placed in a
//!   resource tree;
//! - [`emit`]: write the crate (code through `quote` and `prettyplease`).

pub mod build_script;
pub mod diff;
pub mod emit;
pub mod error;
pub mod load;
pub mod model;
pub mod settings;

use std::path::Path;
use std::time::{Duration, Instant};

pub use error::{Error, Warning};
pub use settings::Settings;

/// What a run did, with the time of each stage.
#[derive(Debug, Default)]
pub struct Report {
    /// Operations generated.
    pub operations: usize,
    /// Named types generated.
    pub types: usize,
    /// Files generated.
    pub files: usize,
    /// Lines generated.
    pub lines: usize,
    /// What could not be expressed exactly.
    pub warnings: Vec<Warning>,
    /// Time spent parsing and checking.
    pub load: Duration,
    /// Time spent building the model.
    pub model: Duration,
    /// Time spent generating and formatting.
    pub emit: Duration,
    /// Time spent writing or comparing.
    pub write: Duration,
    /// Files that differ (check mode).
    pub stale: Vec<String>,
}

/// Parses a spec text and builds its model.
pub fn model_from_text(path: &Path, text: &str) -> Result<model::Model, Error> {
    Ok(model::Model::build(&load::document(path, text)?))
}

/// Generates the files of a crate from spec text, without touching disk.
pub fn generate_from_text(
    path: &Path,
    text: &str,
    settings: &Settings,
) -> Result<(emit::Files, Report), Error> {
    let t0 = Instant::now();
    let Built { configured, load } = build_model(path, text, settings)?;
    let model = configured.model;
    let t2 = Instant::now();
    let files = emit::generate(&model)?;
    let t3 = Instant::now();
    let report = Report {
        operations: model.operations.len(),
        types: model.types.len(),
        files: files.len(),
        lines: files.values().map(|f| f.lines().count()).sum(),
        warnings: model.warnings.clone(),
        load,
        model: (t2 - t0).saturating_sub(load),
        emit: t3 - t2,
        ..Report::default()
    };
    Ok((files, report))
}

/// A model built from a spec and a config.
pub struct Built<'a> {
    /// The model, the config's passes applied, and the settings without
    /// the stale entries that were dropped.
    pub configured: model::Configured<'a>,
    /// Time spent parsing and checking the document.
    pub load: Duration,
}

/// The model of a spec text with the config applied
/// ([`model::Model::configured`]).
pub fn build_model<'a>(
    path: &Path,
    text: &str,
    settings: &'a Settings,
) -> Result<Built<'a>, Error> {
    let t0 = Instant::now();
    let doc = load::document_within(path, text, &settings.limits)?;
    let load = t0.elapsed();
    Ok(Built {
        configured: model::Model::configured(doc, settings)?,
        load,
    })
}

/// The spec as one JSON document, its external references resolved (for
/// tools that read only single-file documents, such as mock servers).
pub fn bundled_json(settings: &Settings) -> Result<String, Error> {
    let (path, text) = load::locate(
        settings.spec.as_deref(),
        settings.pin.as_ref(),
        &settings.cache_dir,
    )?;
    let doc = load::document_within(&path, &text, &settings.limits)?;
    serde_json::to_string_pretty(doc.root())
        .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))
}

/// Runs the generator: locate the spec, generate, then write or check.
pub fn run(settings: &Settings) -> Result<Report, Error> {
    let (path, text) = load::locate(
        settings.spec.as_deref(),
        settings.pin.as_ref(),
        &settings.cache_dir,
    )?;
    let (files, mut report) = generate_from_text(&path, &text, settings)?;
    let t = Instant::now();
    if settings.check {
        report.stale = stale_files(&settings.out_dir, &files);
    } else {
        write_files(&settings.out_dir, &files)?;
    }
    report.write = t.elapsed();
    Ok(report)
}

/// Files under `out` that differ from `files`, or that would be deleted.
pub fn stale_files(out: &Path, files: &emit::Files) -> Vec<String> {
    let mut stale: Vec<String> = files
        .iter()
        .filter(|(rel, contents)| {
            std::fs::read_to_string(out.join(rel)).ok().as_deref() != Some(contents.as_str())
        })
        .map(|(rel, _)| rel.clone())
        .collect();
    stale.extend(extra_files(out, files));
    stale.sort();
    stale
}

/// Generated-looking files on disk that the generator no longer produces.
fn extra_files(out: &Path, files: &emit::Files) -> Vec<String> {
    let mut extra = Vec::new();
    // The folders the generator writes to now, and those it used to.
    let mut dirs: std::collections::BTreeSet<&str> = [
        "src",
        "src/types",
        "src/resources",
        "src/extras",
        "types/src",
        "tests/conformance",
    ]
    .into();
    dirs.extend(
        files
            .keys()
            .filter(|rel| rel.ends_with(".rs"))
            .filter_map(|rel| rel.rsplit_once('/').map(|(dir, _)| dir)),
    );
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(out.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let rel = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if rel.ends_with(".rs") && !files.contains_key(&rel) {
                extra.push(rel);
            }
        }
    }
    extra
}

/// Writes `files` under `out`, replacing stale generated files.
pub fn write_files(out: &Path, files: &emit::Files) -> Result<(), Error> {
    let io = |path: &Path, source| Error::Io {
        path: path.to_owned(),
        source,
    };
    for rel in extra_files(out, files) {
        let path = out.join(&rel);
        std::fs::remove_file(&path).map_err(|e| io(&path, e))?;
        // A folder the generator no longer writes to goes too.
        if let Some(dir) = path.parent()
            && std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
        {
            std::fs::remove_dir(dir).map_err(|e| io(dir, e))?;
        }
    }
    for (rel, contents) in files {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
            std::fs::write(&path, contents).map_err(|e| io(&path, e))?;
        }
    }
    Ok(())
}
