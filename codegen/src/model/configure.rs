//! The model a config makes, in one ordered list of named passes: the
//! config's document patches, the model of the patched document, the
//! config checked against it (stale entries refused together, or dropped
//! with `allow_stale_config`), then the passes the config drives. Nothing
//! changes the model after this.

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

/// A pass that the config drives.
type Pass = fn(&mut Model, &Settings) -> Result<(), Error>;

/// The config's passes, in the order they run.
const PASSES: [(&str, Pass); 10] = [
    ("operation overrides", |m, s| {
        m.apply_overrides(&s.operations)
    }),
    ("sockets", |m, s| m.add_sockets(&s.websockets)),
    ("type roles", |m, _| {
        m.assign_roles();
        Ok(())
    }),
    ("type tuning", |m, s| m.tune_types(&s.types)),
    ("conveniences", |m, s| m.plan_conveniences(&s.types)),
    ("crate facts", |m, s| {
        m.krate = super::crate_facts::CrateFacts::decide(s);
        Ok(())
    }),
    ("client options", |m, s| {
        m.client = super::client_options::ClientOptions::decide(m, s)?;
        Ok(())
    }),
    ("types placement", |m, s| {
        m.homes = super::types_homes::plan(m, s);
        Ok(())
    }),
    ("conversion anchors", |m, _| m.anchor_conversions()),
    ("absolute doc links", |m, s| {
        if let Some(base) = &s.docs_url {
            m.absolutize_doc_links(base);
        }
        Ok(())
    }),
];

impl Model {
    /// The model of `doc` under `settings` (see the module's docs).
    pub fn configured(mut doc: Document, settings: &Settings) -> Result<Configured<'_>, Error> {
        let mut stale = stale::apply_patches(&mut doc, settings)?;
        let mut model = Self::build(&doc);
        stale.extend(stale::find(&model, settings));
        let (pruned, warnings) =
            stale::resolve(settings, stale.clone(), settings.allow_stale_config)?;
        model.warnings.extend(warnings);
        let settings = match pruned {
            Some(pruned) => Cow::Owned(pruned),
            None => Cow::Borrowed(settings),
        };
        for (_name, pass) in PASSES {
            pass(&mut model, &settings)?;
        }
        Ok(Configured {
            model,
            settings,
            stale,
        })
    }
}
