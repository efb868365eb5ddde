//! Which crate each type goes to when the types are split so that they
//! build in parallel: a shared crate with every type that two or more
//! features need (or that every feature needs), and `parts` crates that
//! each hold the types of a few features only. A type needed by one
//! feature refers only to types that feature also needs, so a part depends
//! on the shared crate and never on another part: after the shared crate,
//! the parts compile side by side.

use std::collections::BTreeSet;

use super::types::{TypeKind, TypeSpace};

/// The crate of every type: `0` is the shared crate, `1..=parts` the parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateSplit {
    /// The crate of each type, by type id.
    pub crate_of: Vec<usize>,
    /// The features whose types each part holds (index 0, the shared
    /// crate, is empty).
    pub features: Vec<BTreeSet<String>>,
}

/// A rough size of a type's generated code: one per field, variant or
/// value, plus one.
pub fn weight(space: &TypeSpace, id: usize) -> usize {
    1 + match &space.types[id].kind {
        TypeKind::Struct(s) => s.fields.len(),
        TypeKind::Enum(e) => e.variants.len(),
        TypeKind::Union(u) => u.variants.len(),
        TypeKind::Alias(_) => 0,
    }
}

/// Splits types into a shared crate and `parts` parts. The features of a
/// part's types are balanced by weight (heaviest first, each to the
/// lightest part; ties by name, so the result is stable).
pub fn split(type_features: &[BTreeSet<String>], weights: &[usize], parts: usize) -> CrateSplit {
    let parts = parts.max(1);
    let mut by_feature: std::collections::BTreeMap<&str, usize> = Default::default();
    for (features, weight) in type_features.iter().zip(weights) {
        if let [only] = features.iter().collect::<Vec<_>>()[..] {
            *by_feature.entry(only.as_str()).or_default() += weight;
        }
    }
    let mut order: Vec<(&str, usize)> = by_feature.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut load = vec![0usize; parts];
    let mut features = vec![BTreeSet::new(); parts + 1];
    for (feature, weight) in order {
        let lightest = (0..parts).min_by_key(|&p| (load[p], p)).unwrap_or(0);
        load[lightest] += weight;
        features[lightest + 1].insert(feature.to_owned());
    }
    let crate_of = type_features
        .iter()
        .map(|fs| match fs.iter().collect::<Vec<_>>()[..] {
            [only] => (1..=parts)
                .find(|&p| features[p].contains(only))
                .unwrap_or(0),
            _ => 0,
        })
        .collect();
    CrateSplit { crate_of, features }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn single_feature_types_go_to_balanced_parts() {
        let features = [
            set(&["chat"]),
            set(&["chat", "responses"]),
            set(&["admin"]),
            set(&["admin"]),
            set(&["audio"]),
            set(&[]),
            set(&["responses"]),
        ];
        let weights = [3, 5, 4, 4, 2, 1, 2];
        let split = split(&features, &weights, 2);
        // admin (8) to part 1; chat (3) to part 2; audio (2) and responses
        // (2) to part 2 (5, then 7): never heavier than part 1 first.
        assert_eq!(split.features[1], set(&["admin"]));
        assert_eq!(split.features[2], set(&["audio", "chat", "responses"]));
        assert_eq!(split.crate_of, vec![2, 0, 1, 1, 2, 0, 2]);
    }

    #[test]
    fn one_part_holds_every_single_feature_type() {
        let features = [set(&["a"]), set(&["a", "b"]), set(&["b"])];
        let split = split(&features, &[1, 1, 1], 1);
        assert_eq!(split.crate_of, vec![1, 0, 1]);
        assert_eq!(split.features.len(), 2);
    }
}
