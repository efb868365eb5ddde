//! The Cargo feature of each type: a type belongs to the features of the
//! operations (and webhooks) that reach it; a schema no operation reaches
//! belongs to the extra-types feature; a type every feature needs, and
//! all it mentions, is always compiled (no feature).

use std::collections::{BTreeMap, BTreeSet};

use super::{EXTRA_FEATURE, Model, TypeId, TypeRef, WEBHOOKS_FEATURE};

impl Model {
    /// Computes, for each type, the features whose operations need it.
    pub(super) fn assign_features(&mut self) {
        self.features.clear();
        let n = self.types.len();
        let mut needed: Vec<BTreeSet<String>> = vec![BTreeSet::new(); n];
        let mut roots: BTreeMap<String, Vec<TypeRef>> = BTreeMap::new();
        for op in &self.operations {
            roots
                .entry(op.feature.clone())
                .or_default()
                .extend(op.roots.iter().cloned());
            self.features.insert(op.feature.clone());
        }
        if !self.webhooks.is_empty() {
            self.features.insert(WEBHOOKS_FEATURE.to_owned());
            roots
                .entry(WEBHOOKS_FEATURE.to_owned())
                .or_default()
                .extend(self.webhooks.iter().map(|w| w.ty.clone()));
        }
        for (feature, refs) in roots {
            let mut stack: Vec<TypeId> = Vec::new();
            for r in &refs {
                r.for_each_id(&mut |id| stack.push(id));
            }
            while let Some(id) = stack.pop() {
                if !needed[id.index()].insert(feature.clone()) {
                    continue;
                }
                self.mentions(id, &mut stack);
            }
        }
        // Free-standing schemas get their own feature (with their closure);
        // types needed by every feature are always compiled.
        let free: Vec<TypeId> = self
            .types
            .ids()
            .filter(|id| needed[id.index()].is_empty())
            .collect();
        if !free.is_empty() {
            self.features.insert(EXTRA_FEATURE.to_owned());
            let mut stack = free;
            while let Some(id) = stack.pop() {
                if needed[id.index()].insert(EXTRA_FEATURE.to_owned()) {
                    self.mentions(id, &mut stack);
                }
            }
        }
        for set in &mut needed {
            if set.len() == self.features.len() {
                set.clear();
            }
        }
        // What an always-compiled type mentions must be compiled always too.
        let mut stack: Vec<TypeId> = self
            .types
            .ids()
            .filter(|id| needed[id.index()].is_empty())
            .collect();
        let mut done = vec![false; n];
        while let Some(id) = stack.pop() {
            if std::mem::replace(&mut done[id.index()], true) {
                continue;
            }
            needed[id.index()].clear();
            let mut next = Vec::new();
            self.mentions(id, &mut next);
            stack.extend(next.into_iter().filter(|t| !done[t.index()]));
        }
        for (def, features) in self.types.defs_mut().zip(needed) {
            def.facts.features = features;
        }
    }
}
