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
    /// The module of every type, by id.
    pub fn type_modules(&self) -> Vec<String> {
        let mut words: BTreeMap<String, usize> = BTreeMap::new();
        for (id, def) in self.types.types.iter().enumerate() {
            let f = &self.type_features[id];
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
            .types
            .iter()
            .enumerate()
            .map(|(id, def)| module_of(&self.type_features[id], &def.name, &groups))
            .collect()
    }

    /// The feature a module of types is named after.
    pub fn module_feature(&self, module: &str) -> Option<String> {
        if module.starts_with("extra") {
            return Some(EXTRA_FEATURE.to_owned());
        }
        self.features
            .iter()
            .find(|f| f.replace('-', "_") == module)
            .cloned()
    }
}

/// The module of a type. Types live with a feature that needs them: the
/// one their name starts with when it is among them (`Response…` in
/// `responses`), else the first; free-standing schemas are grouped by the
/// first word of their name; types every feature needs go to `common`.
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
        format!("extra_{}", word.to_ascii_lowercase())
    } else {
        "extra".to_owned()
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
            "extra_realtime"
        );
        assert_eq!(module_of(&extra, "ChatkitThing", &groups), "extra");
        assert_eq!(first_word("RealtimeServerEvent"), "Realtime");
        assert_eq!(first_word("V1024x1024"), "V");
        assert_eq!(first_word("Usage"), "Usage");
    }
}
