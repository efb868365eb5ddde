//! `codegen diff OLD NEW`: what changes for users of the generated crate
//! when the spec moves from OLD to NEW under the same config. Both specs
//! are modelled (config entries that one of them lacks are listed, not
//! fatal), their public surfaces compared ([`compare`]), and the report
//! printed as text or Markdown with the version bump it implies.

mod compare;
mod report;
mod surface;

pub use compare::{Area, Change, Impact, compare};
pub use report::{Bump, Format, Report};
pub use surface::{FieldShape, Method, Shape, Surface, surface};

use std::path::Path;

use crate::error::Error;
use crate::settings::Settings;

/// Compares the crates that `settings` generates from the specs at `old`
/// and `new`.
pub fn diff(old: &Path, new: &Path, settings: &Settings) -> Result<Report, Error> {
    let side = |path: &Path| -> Result<Side, Error> {
        let (path, text) = crate::load::locate(Some(path), None, &settings.cache_dir)?;
        let mut settings = settings.clone();
        settings.allow_stale_config = true;
        let built = crate::build_model(&path, &text, &settings)?;
        let configured = &built.configured;
        let (model, settings) = (&configured.model, configured.settings.as_ref());
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
        Ok(Side {
            label: format!(
                "{} {} ({})",
                model.title,
                model.version,
                file.unwrap_or_default()
            ),
            surface: surface(model, settings)?,
            stale: configured.stale.iter().map(ToString::to_string).collect(),
        })
    };
    let old = side(old)?;
    let new = side(new)?;
    let changes = compare(&old.surface, &new.surface);
    Ok(Report::new(
        settings,
        (old.label, new.label),
        changes,
        (old.stale, new.stale),
    ))
}

/// One spec's side of a diff.
struct Side {
    label: String,
    surface: Surface,
    stale: Vec<String>,
}
