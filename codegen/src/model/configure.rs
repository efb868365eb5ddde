//! How a model is made, in one ordered list of named passes (`PASSES`).
//! Before them, the config's document patches are applied and the
//! patched document is converted ([`Model::build`] does the conversion
//! alone, without a config). Then, in order: the passes that read the
//! document alone; the config checked against the model (stale entries
//! refused together, or dropped with `allow_stale_config`); the passes the
//! config drives. Passes of the document alone may also follow config
//! passes whose results they read (the type roles). Nothing changes the
//! model after the list; [`Model::build`] runs only its document passes.

use std::borrow::Cow;

use super::Model;
use super::stale::{self, StaleEntry};
use crate::error::Error;
use crate::load::Document;
use crate::settings::Settings;

/// A model and the settings it was made with.
pub struct Configured<'a> {
    /// The model, every pass applied.
    pub model: Model,
    /// The settings without the stale entries that were dropped (the
    /// given settings when none were).
    pub settings: Cow<'a, Settings>,
    /// The config entries that named what the document lacks.
    pub stale: Vec<StaleEntry>,
}

/// One step of the list.
#[derive(Clone, Copy)]
enum Pass {
    /// Reads the document alone: every model gets it.
    Document(fn(&mut Model, &Document)),
    /// Checks the config against the model: entries that name what the
    /// document lacks.
    ConfigCheck,
    /// Applies the config.
    Config(fn(&mut Model, &Settings) -> Result<(), Error>),
}

/// Every pass, in the order it runs.
const PASSES: [(&str, Pass); 18] = [
    (
        "one type per shape",
        Pass::Document(|m, _| m.merge_equal_types()),
    ),
    (
        "recursive types boxed",
        Pass::Document(|m, _| super::cycles::break_cycles(&mut m.types)),
    ),
    (
        "large variants boxed",
        Pass::Document(|m, _| super::layout::box_large_variants(&mut m.types)),
    ),
    (
        "large optional fields boxed",
        Pass::Document(|m, _| super::layout::box_large_optional_fields(&mut m.types)),
    ),
    ("features", Pass::Document(|m, _| m.assign_features())),
    ("call samples", Pass::Document(|m, doc| m.add_samples(doc))),
    ("warnings", Pass::Document(|m, _| m.gather_warnings())),
    ("config checked", Pass::ConfigCheck),
    (
        "operation overrides",
        Pass::Config(|m, s| m.apply_overrides(&s.operations)),
    ),
    ("sockets", Pass::Config(|m, s| m.add_sockets(&s.websockets))),
    ("type roles", Pass::Document(|m, _| m.assign_roles())),
    ("type tuning", Pass::Config(|m, s| m.tune_types(&s.types))),
    (
        "conveniences",
        Pass::Config(|m, s| m.plan_conveniences(&s.types)),
    ),
    (
        "crate facts",
        Pass::Config(|m, s| {
            m.krate = super::crate_facts::CrateFacts::decide(s);
            Ok(())
        }),
    ),
    (
        "client options",
        Pass::Config(|m, s| {
            m.client = super::client_options::ClientOptions::decide(m, s)?;
            Ok(())
        }),
    ),
    (
        "types placement",
        Pass::Config(|m, s| {
            m.homes = super::types_homes::plan(m, s);
            Ok(())
        }),
    ),
    (
        "conversion anchors",
        Pass::Config(|m, _| m.anchor_conversions()),
    ),
    (
        "absolute doc links",
        Pass::Config(|m, s| {
            if let Some(base) = &s.docs_url {
                m.absolutize_doc_links(base);
            }
            Ok(())
        }),
    ),
];

/// Runs the passes that read the document alone, in order.
pub(super) fn run_document_passes(model: &mut Model, doc: &Document) {
    for (_name, pass) in PASSES {
        if let Pass::Document(pass) = pass {
            pass(model, doc);
        }
    }
}

impl Model {
    /// The model of `doc` under `settings` (see the module's docs).
    pub fn configured(mut doc: Document, settings: &Settings) -> Result<Configured<'_>, Error> {
        let mut stale = stale::apply_patches(&mut doc, settings)?;
        let mut model = Self::convert(&doc);
        let mut current = Cow::Borrowed(settings);
        for (_name, pass) in PASSES {
            match pass {
                Pass::Document(pass) => pass(&mut model, &doc),
                Pass::ConfigCheck => {
                    stale.extend(stale::find(&model, settings));
                    let (pruned, warnings) =
                        stale::resolve(settings, stale.clone(), settings.allow_stale_config)?;
                    model.warnings.extend(warnings);
                    if let Some(pruned) = pruned {
                        current = Cow::Owned(pruned);
                    }
                }
                Pass::Config(pass) => pass(&mut model, &current)?,
            }
        }
        Ok(Configured {
            model,
            settings: current,
            stale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{PASSES, Pass};

    fn position(name: &str) -> usize {
        PASSES
            .iter()
            .position(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("no pass `{name}`"))
    }

    #[test]
    fn the_config_is_checked_once_before_any_config_pass() {
        let checks: Vec<usize> = (PASSES.iter().enumerate())
            .filter(|(_, (_, pass))| matches!(pass, Pass::ConfigCheck))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(checks, [position("config checked")]);
        let first_config = PASSES
            .iter()
            .position(|(_, pass)| matches!(pass, Pass::Config(_)));
        assert!(first_config.is_some_and(|i| i > checks[0]));
    }

    #[test]
    fn passes_run_after_what_they_read() {
        let mut names: Vec<&str> = PASSES.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PASSES.len(), "pass names are unique");
        // Shapes are final before sizes are measured and features assigned.
        assert!(position("one type per shape") < position("recursive types boxed"));
        assert!(position("recursive types boxed") < position("large variants boxed"));
        // Roles read the operations and sockets the config may add.
        assert!(position("sockets") < position("type roles"));
        assert!(position("operation overrides") < position("type roles"));
        // Anchors read the placement, which reads the features.
        assert!(position("features") < position("types placement"));
        assert!(position("types placement") < position("conversion anchors"));
    }
}
