//! Config entries that name what the document lacks: an operationId, a
//! schema, a security scheme, a socket's resource, a patch's pointer. A spec
//! that moved (older or newer than the one the config was written for)
//! leaves such entries behind; they are found all at once, before the
//! passes that use them, and either refused together by name or, with
//! `--allow-stale-config`, dropped with a warning each.

use std::fmt;

use super::Model;
use crate::error::{Error, Warning};
use crate::load::Document;
use crate::settings::Settings;

/// One config entry that names what the document lacks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum StaleEntry {
    /// `[operations.ID]`: no operation has this operationId.
    Operation(String),
    /// `[operations.ID] stream`: no such schema.
    OperationStream(String, String),
    /// `[[websocket]]` number N (from 0): its resource or an event schema.
    Socket(usize, String),
    /// `[[patch]]` number N: no mapping at its pointer.
    Patch(usize, String),
    /// A key or entry of a `types` table: no such schema.
    Type(TypeTable, String),
    /// `[client.auth.NAME]`: no security scheme of this name.
    Auth(String),
}

/// The `types` tables whose keys or entries name schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeTable {
    /// `[types.rename]` keys.
    Rename,
    /// `[types.replace]` keys.
    Replace,
    /// `[types.patch.X]` keys.
    Patch,
    /// `types.skip` entries.
    Skip,
    /// `[[types.convert]]` `from` and `to`.
    Convert,
}

impl fmt::Display for TypeTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Rename => "rename",
            Self::Replace => "replace",
            Self::Patch => "patch",
            Self::Skip => "skip",
            Self::Convert => "convert",
        })
    }
}

impl fmt::Display for StaleEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Operation(id) => write!(f, "operations.{id}: no operation has this operationId"),
            Self::OperationStream(id, schema) => {
                write!(f, "operations.{id}.stream: no schema `{schema}`")
            }
            Self::Socket(n, what) => write!(f, "websocket #{} {what}", n + 1),
            Self::Patch(n, pointer) => {
                write!(f, "patch #{} `{pointer}`: no mapping there", n + 1)
            }
            Self::Type(table, key) => write!(f, "types.{table}: no schema `{key}`"),
            Self::Auth(name) => write!(f, "client.auth.{name}: no security scheme of this name"),
        }
    }
}

/// Applies the config's document patches in order; a patch whose pointer
/// names no mapping is stale (later patches may still apply).
pub fn apply_patches(doc: &mut Document, settings: &Settings) -> Result<Vec<StaleEntry>, Error> {
    let mut stale = Vec::new();
    for (n, patch) in settings.patches.iter().enumerate() {
        if !matches!(
            doc.root().pointer(&patch.pointer),
            Some(serde_json::Value::Object(_))
        ) {
            stale.push(StaleEntry::Patch(n, patch.pointer.clone()));
            continue;
        }
        let mut merge = patch.merge.clone();
        if let serde_json::Value::Object(map) = &mut merge {
            for key in &patch.remove {
                map.insert(key.clone(), serde_json::Value::Null);
            }
        }
        doc.patch(&patch.pointer, &merge)?;
    }
    Ok(stale)
}

/// Every entry of the config that names what `model` lacks.
pub fn find(model: &Model, settings: &Settings) -> Vec<StaleEntry> {
    let schema = |key: &str| model.types.by_key(key).is_some();
    let mut stale = Vec::new();
    for (id, config) in &settings.operations {
        if !model.operations.iter().any(|op| &op.id == id) {
            stale.push(StaleEntry::Operation(id.clone()));
        } else if let Some(stream) = &config.stream
            && !schema(stream)
        {
            stale.push(StaleEntry::OperationStream(id.clone(), stream.clone()));
        }
    }
    for (n, socket) in settings.websockets.iter().enumerate() {
        let at = format!("`{}.{}`", socket.resource, socket.method);
        let resource: Vec<&str> = socket.resource.split('.').collect();
        let found = model.operations.iter().any(|op| {
            op.resource.len() >= resource.len()
                && op.resource.iter().zip(&resource).all(|(a, b)| a == b)
        });
        if !found {
            stale.push(StaleEntry::Socket(
                n,
                format!("{at}: no resource `{}`", socket.resource),
            ));
        }
        for event in [&socket.client_event, &socket.server_event] {
            if !schema(event) {
                stale.push(StaleEntry::Socket(n, format!("{at}: no schema `{event}`")));
            }
        }
    }
    let types = &settings.types;
    let tables: [(TypeTable, Vec<&String>); 3] = [
        (TypeTable::Rename, types.rename.keys().collect()),
        (TypeTable::Replace, types.replace.keys().collect()),
        (TypeTable::Patch, types.patch.keys().collect()),
    ];
    for (table, keys) in tables {
        for key in keys.into_iter().filter(|k| !schema(k)) {
            stale.push(StaleEntry::Type(table, key.clone()));
        }
    }
    for key in types.skip.iter().filter(|k| !schema(k)) {
        stale.push(StaleEntry::Type(TypeTable::Skip, key.clone()));
    }
    for convert in &types.convert {
        for key in [&convert.from, &convert.to] {
            if !schema(key) {
                stale.push(StaleEntry::Type(TypeTable::Convert, key.clone()));
            }
        }
    }
    for name in settings.client.auth.keys() {
        if !model.schemes.iter().any(|s| &s.name == name) {
            stale.push(StaleEntry::Auth(name.clone()));
        }
    }
    stale
}

/// What to do with stale entries: refuse them all by name, or (with
/// `allow`) return the settings without them and a warning for each.
pub fn resolve(
    settings: &Settings,
    stale: Vec<StaleEntry>,
    allow: bool,
) -> Result<(Option<Settings>, Vec<Warning>), Error> {
    if stale.is_empty() {
        return Ok((None, Vec::new()));
    }
    if !allow {
        return Err(Error::StaleConfig(
            stale.iter().map(ToString::to_string).collect(),
        ));
    }
    let mut pruned = settings.clone();
    let mut sockets = Vec::new();
    for entry in &stale {
        match entry {
            StaleEntry::Operation(id) => {
                pruned.operations.remove(id);
            }
            StaleEntry::OperationStream(id, _) => {
                if let Some(op) = pruned.operations.get_mut(id) {
                    op.stream = None;
                }
            }
            StaleEntry::Socket(n, _) => sockets.push(*n),
            // Patches that did not apply are already skipped.
            StaleEntry::Patch(..) => {}
            StaleEntry::Type(table, key) => {
                let t = &mut pruned.types;
                match table {
                    TypeTable::Rename => drop(t.rename.remove(key)),
                    TypeTable::Replace => drop(t.replace.remove(key)),
                    TypeTable::Patch => drop(t.patch.remove(key)),
                    TypeTable::Skip => t.skip.retain(|k| k != key),
                    TypeTable::Convert => t.convert.retain(|c| &c.from != key && &c.to != key),
                }
            }
            StaleEntry::Auth(name) => {
                pruned.client.auth.remove(name);
            }
        }
    }
    pruned.websockets = std::mem::take(&mut pruned.websockets)
        .into_iter()
        .enumerate()
        .filter(|(n, _)| !sockets.contains(n))
        .map(|(_, socket)| socket)
        .collect();
    let warnings = stale
        .iter()
        .map(|entry| Warning {
            pointer: "/".into(),
            message: format!("stale config entry skipped: {entry}"),
        })
        .collect();
    Ok((Some(pruned), warnings))
}
