//! Which module of the generated types each type lands in. A type lives
//! with a feature that needs it: the one its name starts with when it is
//! among them (`Response...` in `responses`), else the first. Free-standing
//! schemas (feature `extra-types`) are grouped by the first word of their
//! names when at least [`GROUP_SIZE`] share it; types every feature needs
//! go to `common`.

use std::collections::{BTreeMap, BTreeSet};

use super::{EXTRA_FEATURE, Model};

/// Free-standing types sharing a first word get their own module from this
/// many on (`extra_realtime`), so that no module is huge.
pub const GROUP_SIZE: usize = 40;

impl Model {
    /// The module of every type, in id order.
    pub fn type_modules(&self) -> Vec<String> {
        let mut words: BTreeMap<String, usize> = BTreeMap::new();
        for (_, def) in self.types.iter() {
            let f = &def.facts.features;
            if f.len() == 1 && f.contains(EXTRA_FEATURE) {
                *words.entry(first_word(&def.name)).or_default() += 1;
            }
        }
        let groups: BTreeSet<String> = words
            .into_iter()
            .filter(|(_, n)| *n >= GROUP_SIZE)
            .map(|(w, _)| w)
            .collect();
        self.types
            .iter()
            .map(|(_, def)| module_of(&def.facts.features, &def.name, &groups))
            .collect()
    }

    /// Every area (module of types) with the features under which it has
    /// types: `None` when some of its types are always compiled.
    pub fn areas(&self) -> BTreeMap<String, Option<BTreeSet<String>>> {
        let mut areas: BTreeMap<String, Option<BTreeSet<String>>> = BTreeMap::new();
        for ((_, def), module) in self.types.iter().zip(self.type_modules()) {
            let features = &def.facts.features;
            let needs = areas.entry(module).or_insert_with(|| Some(BTreeSet::new()));
            match (needs.as_mut(), features.is_empty()) {
                (Some(set), false) => set.extend(features.iter().cloned()),
                _ => *needs = None,
            }
        }
        areas
    }

    /// What a module of types (an area users browse, `types::chat`) holds,
    /// for its documentation.
    pub fn area_doc(&self, module: &str) -> String {
        let feature = self.features.iter().find(|f| f.replace('-', "_") == module);
        match (module, feature) {
            ("common", _) => "Types that every area uses.".to_owned(),
            (_, Some(f)) if f == super::WEBHOOKS_FEATURE => {
                format!("Webhook payloads (feature `{f}`).")
            }
            (_, Some(f)) if f != EXTRA_FEATURE => format!(
                "The types of `client.{}()` (feature `{f}`): request bodies, answers, stream events and the values inside them, with the schemas of this area that no operation uses directly (such as socket events, feature `{EXTRA_FEATURE}`).",
                module
            ),
            _ => format!("Schemas that no operation uses directly (feature `{EXTRA_FEATURE}`)."),
        }
    }
}

/// The module of a type (the area users browse it in). Types live with a
/// feature that needs them: the one their name starts with when it is
/// among them (`Response…` in `responses`), else the first; free-standing
/// schemas are grouped by the first word of their name (`Realtime…` in
/// `realtime`, beside the feature's own types), the rest in `other`; types
/// every feature needs go to `common`.
fn module_of(features: &BTreeSet<String>, name: &str, big_groups: &BTreeSet<String>) -> String {
    let lower = name.to_ascii_lowercase();
    let named_after = |f: &&&String| {
        let key = f.replace(['-', '_'], "");
        let singular = key.strip_suffix('s').unwrap_or(&key);
        lower.starts_with(singular)
    };
    let real: Vec<&String> = features.iter().filter(|f| *f != EXTRA_FEATURE).collect();
    if let Some(f) = real.iter().find(named_after).or_else(|| real.first()) {
        return f.replace('-', "_");
    }
    if features.is_empty() {
        return "common".to_owned();
    }
    let word = first_word(name);
    if big_groups.contains(&word) {
        crate::model::names::field_name(&word, "other")
    } else {
        "other".to_owned()
    }
}

fn first_word(name: &str) -> String {
    let mut end = name.len();
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() || c.is_ascii_digit() {
            end = i;
            break;
        }
    }
    name[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(features: &[&str]) -> BTreeSet<String> {
        features.iter().map(|f| (*f).to_owned()).collect()
    }

    #[test]
    fn types_live_with_the_feature_they_are_named_after() {
        let none = BTreeSet::new();
        let f = set(&["chat", "responses"]);
        assert_eq!(module_of(&f, "ResponseItem", &none), "responses");
        assert_eq!(module_of(&f, "Usage", &none), "chat");
        assert_eq!(
            module_of(&set(&["vector-stores"]), "VectorStore", &none),
            "vector_stores"
        );
        assert_eq!(module_of(&BTreeSet::new(), "Error", &none), "common");
    }

    #[test]
    fn free_standing_types_are_grouped_by_a_shared_first_word() {
        let extra = set(&[EXTRA_FEATURE]);
        let groups = set(&["Realtime"]);
        assert_eq!(
            module_of(&extra, "RealtimeServerEvent", &groups),
            "realtime"
        );
        assert_eq!(module_of(&extra, "ChatkitThing", &groups), "other");
        assert_eq!(first_word("RealtimeServerEvent"), "Realtime");
        assert_eq!(first_word("V1024x1024"), "V");
        assert_eq!(first_word("Usage"), "Usage");
    }
}
