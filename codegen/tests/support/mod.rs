//! What the tests that build generated crates share: a temporary Cargo
//! workspace with this workspace's lock file, built offline into one
//! shared target folder.

use std::path::{Path, PathBuf};
use std::process::Command;

/// This workspace's root.
pub fn checkout() -> PathBuf {
    std::fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join("..")).expect("checkout")
}

/// Makes `dir` a workspace of `members` (with `extra` lines after the
/// members, such as a `[patch.crates-io]` table) and runs `cargo ARGS`
/// there offline; fails with cargo's output when it fails.
pub fn cargo_in_workspace(dir: &Path, members: &[String], extra: &str, args: &[&str]) {
    let members: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n{extra}",
            members.join(", ")
        ),
    )
    .expect("workspace manifest");
    // The same dependency versions as this workspace.
    std::fs::copy(checkout().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let output = Command::new(env!("CARGO"))
        .arg("--offline")
        .args(args)
        .current_dir(dir)
        .env(
            "CARGO_TARGET_DIR",
            checkout().join("target/generated-crates"),
        )
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "`cargo {}` fails on the generated crates:\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
}
