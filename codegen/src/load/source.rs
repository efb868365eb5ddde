//! Where the spec comes from: `--spec PATH`, `OPENAPI_SPEC`, the git-ignored
//! cache in `spec/cache/`, or a download of the pinned URL checked against
//! its sha256.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::Error;

/// The pin of an upstream spec (`[source]` in `spec/<name>.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct SpecPin {
    /// Raw download URL at a fixed commit.
    pub url: String,
    /// The upstream commit.
    pub commit: String,
    /// Expected sha256 of the file, lowercase hex.
    pub sha256: String,
}

/// Finds the spec file and returns its path and text.
pub fn locate(
    explicit: Option<&Path>,
    pin: Option<&SpecPin>,
    cache_dir: &Path,
) -> Result<(PathBuf, String), Error> {
    if let Some(path) = explicit {
        return read(path);
    }
    if let Some(path) = std::env::var_os("OPENAPI_SPEC").filter(|p| !p.is_empty()) {
        return read(Path::new(&path));
    }
    let Some(pin) = pin else {
        return Err(Error::SpecUnavailable(
            "no spec given: pass --spec PATH or set OPENAPI_SPEC".into(),
        ));
    };
    let file_name = pin.url.rsplit('/').next().unwrap_or("openapi.yaml");
    let cached = cache_dir.join(file_name);
    if cached.is_file() {
        let (path, text) = read(&cached)?;
        if sha256_hex(text.as_bytes()) == pin.sha256 {
            return Ok((path, text));
        }
        eprintln!(
            "warning: {} does not match the pinned sha256; downloading again",
            cached.display()
        );
    }
    download(pin, &cached)?;
    read(&cached)
}

fn read(path: &Path) -> Result<(PathBuf, String), Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok((path.to_owned(), text))
}

/// Lowercase hex sha256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn download(pin: &SpecPin, dest: &Path) -> Result<(), Error> {
    let how = format!(
        "The spec is not available offline. Provide it with `--spec PATH` or `OPENAPI_SPEC=PATH` \
         (in this workspace: ../shared/spec/openai/openapi.yaml), or place the file pinned at \
         commit {} (sha256 {}) at {}.",
        pin.commit,
        pin.sha256,
        dest.display()
    );
    if let Some(dir) = dest.parent() {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_owned(),
            source,
        })?;
    }
    let partial = dest.with_extension("partial");
    let status = Command::new("curl")
        .args(["-fsSL", "--max-time", "120", "-o"])
        .arg(&partial)
        .arg(&pin.url)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            let _ = std::fs::remove_file(&partial);
            return Err(Error::SpecUnavailable(format!(
                "downloading {} failed ({s}). {how}",
                pin.url
            )));
        }
        Err(e) => {
            return Err(Error::SpecUnavailable(format!(
                "cannot run curl to download {} ({e}). {how}",
                pin.url
            )));
        }
    }
    let bytes = std::fs::read(&partial).map_err(|source| Error::Io {
        path: partial.clone(),
        source,
    })?;
    let actual = sha256_hex(&bytes);
    if actual != pin.sha256 {
        let _ = std::fs::remove_file(&partial);
        return Err(Error::SpecUnavailable(format!(
            "the download of {} has sha256 {actual}, expected {}; refusing it",
            pin.url, pin.sha256
        )));
    }
    std::fs::rename(&partial, dest).map_err(|source| Error::Io {
        path: dest.to_owned(),
        source,
    })
}
