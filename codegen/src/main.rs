//! `cargo run -p codegen [-- OPTIONS]`: regenerate the SDK crate.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use codegen::{Error, Settings};

const USAGE: &str = "\
usage: codegen [--spec PATH] [--config FILE] [--out DIR] [--crate-name NAME] [--check] [--quiet]

  --spec PATH        OpenAPI 3.0/3.1 document (YAML or JSON). Default: $OPENAPI_SPEC,
                     then the cached or downloaded file pinned in the config.
  --config FILE      generator config with the spec pin (default: spec/openai.toml)
  --out DIR          write a standalone crate to DIR (with --spec: any API)
  --crate-name NAME  package name of the generated crate
  --bundle FILE      write the spec as one JSON file (external references
                     resolved) and generate nothing
  --conformance-tests  also emit tests against a Steady mock of the spec
  --check            do not write; fail listing the files that differ
  --quiet            no progress output";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn run() -> Result<(), Error> {
    let mut args = std::env::args().skip(1);
    let mut spec = None;
    let mut config = None;
    let mut out = None;
    let mut crate_name = None;
    let mut check = false;
    let mut conformance = false;
    let mut bundle: Option<PathBuf> = None;
    let mut quiet = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| Error::Usage(format!("{name} needs a value\n{USAGE}")))
        };
        match arg.as_str() {
            "--spec" => spec = Some(PathBuf::from(value("--spec")?)),
            "--config" => config = Some(PathBuf::from(value("--config")?)),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--bundle" => bundle = Some(PathBuf::from(value("--bundle")?)),
            "--crate-name" => crate_name = Some(value("--crate-name")?),
            "--check" => check = true,
            "--conformance-tests" => conformance = true,
            "--quiet" => quiet = true,
            "--verbose" => quiet = false,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(Error::Usage(format!("unknown argument `{other}`\n{USAGE}"))),
        }
    }
    let root = root();
    let mut settings = match (&out, &config) {
        (Some(dir), None) => {
            let runtime = std::fs::canonicalize(root.join("runtime"))
                .unwrap_or_else(|_| root.join("runtime"));
            Settings::standalone(dir.clone(), &runtime)
        }
        _ => {
            let config = config.unwrap_or_else(|| root.join("spec/openai.toml"));
            let mut s = Settings::from_config(&config, &root)?;
            if let Some(dir) = &out {
                s.out_dir = dir.clone();
                let runtime = std::fs::canonicalize(root.join("runtime"))
                    .unwrap_or_else(|_| root.join("runtime"));
                s.runtime_path = runtime.display().to_string();
            }
            s
        }
    };
    if spec.is_some() {
        settings.spec = spec;
    }
    if conformance {
        settings.conformance_tests = true;
    }
    if let Some(name) = crate_name {
        settings.crate_name = name;
    }
    settings.check = check;
    settings.quiet = quiet;

    if let Some(path) = bundle {
        let json = codegen::bundled_json(&settings)?;
        std::fs::write(&path, json).map_err(|source| Error::Io { path, source })?;
        return Ok(());
    }
    let started = Instant::now();
    if !quiet {
        eprintln!(
            "codegen: generating {} into {}",
            settings.crate_name,
            settings.out_dir.display()
        );
    }
    let report = codegen::run(&settings)?;
    for w in &report.warnings {
        eprintln!("{w}");
    }
    if !quiet {
        eprintln!(
            "codegen: load {:?}, model {:?}, emit {:?}, write {:?}",
            report.load, report.model, report.emit, report.write
        );
    }
    eprintln!(
        "codegen: {} operations, {} types, {} files, {} lines, {} warnings in {:.2?}",
        report.operations,
        report.types,
        report.files,
        report.lines,
        report.warnings.len(),
        started.elapsed()
    );
    if check && !report.stale.is_empty() {
        return Err(Error::Stale(report.stale));
    }
    if check {
        eprintln!("codegen: {} is up to date", settings.out_dir.display());
    }
    Ok(())
}
