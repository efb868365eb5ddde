//! A diff as a report: the changes by area, breaking first, the config
//! entries that either spec lacks, and the version the changes imply; as
//! plain text for a terminal or Markdown for a changelog.

use std::fmt::Write as _;

use super::compare::{Area, Change, Impact};
use crate::settings::Settings;

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, for a changelog.
    Markdown,
}

/// The release a set of changes calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bump {
    /// Nothing users see changed.
    None,
    /// Additions only.
    Additive,
    /// Something may break.
    Breaking,
}

/// What `codegen diff` found.
#[derive(Debug)]
pub struct Report {
    /// The generated crate's name.
    pub crate_name: String,
    /// Its version today.
    pub version: String,
    /// Title and version of the old and the new spec.
    pub labels: (String, String),
    /// Every change, sorted by area then impact.
    pub changes: Vec<Change>,
    /// Config entries that name what the old / the new spec lacks.
    pub stale: (Vec<String>, Vec<String>),
}

impl Report {
    /// A report on `changes` for the crate of `settings`.
    pub fn new(
        settings: &Settings,
        labels: (String, String),
        changes: Vec<Change>,
        stale: (Vec<String>, Vec<String>),
    ) -> Self {
        Self {
            crate_name: settings.crate_name.clone(),
            version: settings.crate_version.clone(),
            labels,
            changes,
            stale,
        }
    }

    /// The release the changes call for.
    pub fn bump(&self) -> Bump {
        if self.changes.iter().any(|c| c.impact == Impact::Breaking) {
            Bump::Breaking
        } else if self.changes.is_empty() {
            Bump::None
        } else {
            Bump::Additive
        }
    }

    /// The next version under semver (Cargo's reading: below 1.0 the minor
    /// number is the breaking one), or `None` when nothing changed or the
    /// version does not parse.
    pub fn next_version(&self) -> Option<String> {
        let mut parts = self.version.split(['-', '+']).next()?.split('.');
        let mut number = || parts.next()?.parse::<u64>().ok();
        let (major, minor, patch) = (number()?, number()?, number()?);
        Some(match (self.bump(), major) {
            (Bump::None, _) => return None,
            (Bump::Breaking, 0) => format!("0.{}.0", minor + 1),
            (Bump::Breaking, _) => format!("{}.0.0", major + 1),
            (Bump::Additive, 0) => format!("0.{minor}.{}", patch + 1),
            (Bump::Additive, _) => format!("{major}.{}.0", minor + 1),
        })
    }

    /// The report, written in `format`.
    pub fn render(&self, format: Format) -> String {
        let md = format == Format::Markdown;
        let plain = |s: &str| if md { s.to_owned() } else { s.replace('`', "") };
        let mut out = String::new();
        let (old, new) = &self.labels;
        let breaking = self
            .changes
            .iter()
            .filter(|c| c.impact == Impact::Breaking)
            .count();
        let additive = self.changes.len() - breaking;
        let heading = |level: usize, text: &str| {
            if md {
                format!("{} {text}\n\n", "#".repeat(level))
            } else {
                let rule = if level == 2 { "=" } else { "-" };
                format!("{text}\n{}\n\n", rule.repeat(text.chars().count()))
            }
        };
        out.push_str(&heading(2, &format!("{}: {old} → {new}", self.crate_name)));
        let verdict = match (self.bump(), self.next_version()) {
            (Bump::None, _) => "no change that users see; no release needed".to_owned(),
            (bump, next) => {
                let kind = if bump == Bump::Breaking {
                    "a breaking"
                } else {
                    "an additive"
                };
                let next = next.map_or(String::new(), |v| format!(": {} → {v}", self.version));
                format!("{breaking} breaking, {additive} additive; {kind} release{next}")
            }
        };
        let _ = writeln!(out, "{}\n", plain(&format!("Semver: {verdict}.")));
        for area in [
            Area::Client,
            Area::Methods,
            Area::Types,
            Area::Fields,
            Area::Values,
        ] {
            let changes: Vec<&Change> = self.changes.iter().filter(|c| c.area == area).collect();
            // The client builder is always reported: "unchanged" is news.
            if changes.is_empty() && area != Area::Client {
                continue;
            }
            out.push_str(&heading(3, area.title()));
            if changes.is_empty() {
                out.push_str("Unchanged.\n\n");
                continue;
            }
            for change in changes {
                let tag = match (change.impact, md) {
                    (Impact::Breaking, true) => "**breaking** ",
                    (Impact::Breaking, false) => "[breaking] ",
                    (Impact::Additive, _) => "",
                };
                let _ = writeln!(out, "- {tag}{}", plain(&change.text));
            }
            out.push('\n');
        }
        let (stale_old, stale_new) = &self.stale;
        for (label, entries) in [(old, stale_old), (new, stale_new)] {
            if entries.is_empty() {
                continue;
            }
            out.push_str(&heading(
                3,
                &format!("Config entries that {label} lacks (skipped)"),
            ));
            for entry in entries {
                let _ = writeln!(out, "- {}", plain(entry));
            }
            out.push('\n');
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }
}
