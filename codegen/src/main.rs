//! `cargo run -p codegen [-- OPTIONS]`: regenerate the SDK crate.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, Parser, Subcommand};
use codegen::{Error, Settings};

/// Generates a typed Rust SDK crate from an OpenAPI 3.0/3.1 document.
#[derive(Debug, Parser)]
#[command(name = "codegen", version, about)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// OpenAPI 3.0/3.1 document (YAML or JSON, one file or the root of
    /// many). Default: $OPENAPI_SPEC, then the spec the config names or pins.
    #[arg(long, value_name = "PATH")]
    spec: Option<PathBuf>,
    /// Generator config with the crate settings and the spec pin
    /// (default: spec/openai.toml).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Write a standalone crate to DIR (with --spec alone: any API).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The generated crate's package name.
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// Where the generated crate takes the runtime from: `version:0.1`
    /// (the registry; the default for --out without a config), `git:URL`
    /// (`#REV` for a commit) or `path:DIR` (relative to the crate).
    #[arg(long, value_name = "SOURCE")]
    runtime: Option<String>,
    /// Also emit tests against a Steady mock of the spec.
    #[arg(long)]
    conformance_tests: bool,
    /// Write the spec as one JSON document (external references resolved)
    /// and generate nothing.
    #[arg(long, value_name = "FILE")]
    bundle: Option<PathBuf>,
    /// Do not write; fail, listing the files that differ.
    #[arg(long)]
    check: bool,
    /// Generate even when config entries name what the document lacks (an
    /// older or newer spec): each is skipped with a warning.
    #[arg(long)]
    allow_stale_config: bool,
    /// The most files a multi-file spec may reference in all (default
    /// 20000; the config's `[limits] max_files`).
    #[arg(long, value_name = "N")]
    max_files: Option<usize>,
    /// The most bytes a multi-file spec's files may hold in all (default
    /// 512 MiB; the config's `[limits] max_bytes`).
    #[arg(long, value_name = "BYTES")]
    max_bytes: Option<u64>,
    /// No progress output (the default when $CI is set).
    #[arg(long, conflicts_with = "verbose")]
    quiet: bool,
    /// Progress output even when $CI is set.
    #[arg(long)]
    verbose: bool,
    /// Print a completion script for SHELL and exit.
    #[arg(long, value_name = "SHELL")]
    completions: Option<clap_complete::Shell>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Report what changes for users of the generated crate when the spec
    /// moves from OLD to NEW (same config): methods, types, fields, enum
    /// values, the client builder; each breaking or additive, with the
    /// version bump it implies.
    Diff {
        /// The spec the crate was generated from.
        old: PathBuf,
        /// The spec it would be generated from.
        new: PathBuf,
        /// Generator config (default: spec/openai.toml).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Write Markdown (for a changelog) instead of plain text.
        #[arg(long)]
        markdown: bool,
    },
}

/// `codegen diff`: prints the report on stdout.
fn diff(old: &Path, new: &Path, config: Option<PathBuf>, markdown: bool) -> Result<(), Error> {
    let root = root();
    let config = config.unwrap_or_else(|| root.join("spec/openai.toml"));
    let settings = Settings::from_config(&config, &root)?;
    let report = codegen::diff::diff(old, new, &settings)?;
    let format = match markdown {
        true => codegen::diff::Format::Markdown,
        false => codegen::diff::Format::Text,
    };
    println!("{}", report.render(format));
    Ok(())
}

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

/// The settings the command line asks for: a config (default
/// spec/openai.toml), or a standalone crate (`--out` without `--config`),
/// with the options that override either.
fn settings_from(args: Args) -> Result<Settings, Error> {
    let Args {
        spec,
        config,
        out,
        crate_name,
        conformance_tests: conformance,
        check,
        max_files,
        max_bytes,
        runtime,
        allow_stale_config,
        ..
    } = args;
    let runtime = runtime
        .as_deref()
        .map(codegen::settings::RuntimeSource::parse)
        .transpose()?;
    let root = root();
    let standalone = out.is_some() && config.is_none();
    let mut settings = match (&out, &config) {
        (Some(dir), None) => {
            // A crate that lives anywhere: the runtime from the registry
            // unless asked otherwise; never this machine's path unasked.
            let mut s = Settings::standalone(dir.clone(), Path::new("sdk-runtime"));
            s.runtime_source = Some(codegen::settings::RuntimeSource::Registry {
                version: codegen::settings::RUNTIME_VERSION.to_owned(),
            });
            s
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
    match runtime {
        Some(codegen::settings::RuntimeSource::Path { path }) => {
            settings.runtime_path = path;
            settings.runtime_source = None;
        }
        Some(other) => settings.runtime_source = Some(other),
        None => {}
    }
    if standalone && let Some(out) = &out {
        let mut command = String::from("codegen");
        if let Some(spec) = &settings.spec {
            command.push_str(&format!(" --spec {}", spec.display()));
        }
        command.push_str(&format!(
            " --out {} --crate-name {}",
            out.display(),
            settings.crate_name
        ));
        settings.regenerate = command;
    }
    settings.check = check;
    settings.allow_stale_config = allow_stale_config;
    if let Some(n) = max_files {
        settings.limits.max_files = n;
    }
    if let Some(n) = max_bytes {
        settings.limits.max_bytes = n;
    }
    Ok(settings)
}

fn run() -> Result<(), Error> {
    let args = Args::parse();
    if let Some(shell) = args.completions {
        clap_complete::generate(
            shell,
            &mut Args::command(),
            "codegen",
            &mut std::io::stdout(),
        );
        return Ok(());
    }
    if let Some(Command::Diff {
        old,
        new,
        config,
        markdown,
    }) = args.command
    {
        return diff(&old, &new, config, markdown);
    }
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    let quiet = args.quiet || (in_ci && !args.verbose);
    let bundle = args.bundle.clone();
    let mut settings = settings_from(args)?;
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
    if settings.check && !report.stale.is_empty() {
        return Err(Error::Stale(report.stale));
    }
    if settings.check {
        eprintln!("codegen: {} is up to date", settings.out_dir.display());
    }
    Ok(())
}
