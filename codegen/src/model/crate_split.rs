//! Which crate each type goes to when the types are split so that they
//! build in parallel: `parts` crates, each with the features of a few API
//! areas, and a shared crate. A type goes to the part that has every
//! feature that needs it, else (needed across parts, or by every feature)
//! to the shared crate. A type refers only to types needed by at least the
//! features that need it, so a part's types refer to their own part or the
//! shared crate, never to another part: after the shared crate, the parts
//! compile side by side.

use std::borrow::Borrow;
use std::collections::BTreeSet;

use super::types::{TypeId, TypeKind, TypeSpace};

/// The crate of every type: `0` is the shared crate, `1..=parts` the parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateSplit {
    /// The crate of each type, in id order.
    pub crate_of: Vec<usize>,
    /// The features whose types each part holds (index 0, the shared
    /// crate, is empty).
    pub features: Vec<BTreeSet<String>>,
}

/// A rough size of a type's generated code: one per field, variant or
/// value, plus one.
pub fn weight(space: &TypeSpace, id: TypeId) -> usize {
    1 + match &space[id].kind {
        TypeKind::Struct(s) => s.fields.len(),
        TypeKind::Enum(e) => e.variants.len(),
        TypeKind::Union(u) => u.variants.len(),
        TypeKind::Alias(_) => 0,
    }
}

/// Splits types into a shared crate and `parts` parts. Features are
/// balanced by the weight of the types only they need (heaviest first,
/// each to the lightest part; ties by name, so the result is stable).
pub fn split<S: Borrow<BTreeSet<String>>>(
    type_features: &[S],
    weights: &[usize],
    parts: usize,
) -> CrateSplit {
    let parts = parts.max(1);
    let mut by_feature: std::collections::BTreeMap<&str, usize> = Default::default();
    for (features, weight) in type_features.iter().zip(weights) {
        if let [only] = features.borrow().iter().collect::<Vec<_>>()[..] {
            *by_feature.entry(only.as_str()).or_default() += weight;
        }
    }
    let mut order: Vec<(&str, usize)> = by_feature.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut load = vec![0usize; parts];
    let mut features: Vec<BTreeSet<String>> = vec![BTreeSet::new(); parts + 1];
    for (feature, weight) in order {
        let lightest = (0..parts).min_by_key(|&p| (load[p], p)).unwrap_or(0);
        load[lightest] += weight;
        features[lightest + 1].insert(feature.to_owned());
    }
    // Then move single features between parts while that shortens the
    // build's critical path (the shared crate, then the largest part):
    // types that several features of one part share leave the shared crate.
    let mut best = critical_path(type_features, weights, &features);
    let names: Vec<String> = features.iter().flatten().cloned().collect();
    let mut improved = true;
    while improved {
        improved = false;
        for name in &names {
            let from = (1..=parts)
                .find(|&p| features[p].contains(name))
                .unwrap_or(1);
            for to in (1..=parts).filter(|&p| p != from) {
                let mut moved = features.clone();
                moved[from].remove(name);
                moved[to].insert(name.clone());
                let path = critical_path(type_features, weights, &moved);
                if path < best {
                    best = path;
                    features = moved;
                    improved = true;
                    break;
                }
            }
        }
    }
    let crate_of = type_features
        .iter()
        .map(|fs| crate_for(fs.borrow(), &features))
        .collect();
    CrateSplit { crate_of, features }
}

/// The part whose features include all of `fs`, else the shared crate.
fn crate_for(fs: &BTreeSet<String>, features: &[BTreeSet<String>]) -> usize {
    (1..features.len())
        .find(|&p| !fs.is_empty() && fs.is_subset(&features[p]))
        .unwrap_or(0)
}

/// The weight of the shared crate plus that of the largest part.
fn critical_path<S: Borrow<BTreeSet<String>>>(
    type_features: &[S],
    weights: &[usize],
    features: &[BTreeSet<String>],
) -> usize {
    let mut load = vec![0usize; features.len()];
    for (fs, weight) in type_features.iter().zip(weights) {
        load[crate_for(fs.borrow(), features)] += weight;
    }
    load[0] + load[1..].iter().copied().max().unwrap_or(0)
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
        // Greedy: admin (8) to part 1; chat, audio and responses to part 2,
        // which also takes the type chat and responses share (12 against
        // 8). Moving audio over evens them (10 and 10).
        assert_eq!(split.features[1], set(&["admin", "audio"]));
        assert_eq!(split.features[2], set(&["chat", "responses"]));
        assert_eq!(split.crate_of, vec![2, 2, 1, 1, 1, 0, 2]);
    }

    #[test]
    fn types_shared_across_parts_go_to_the_shared_crate() {
        let features = [set(&["a"]), set(&["a", "b"]), set(&["b"]), set(&[])];
        let split = split(&features, &[1, 1, 1, 1], 2);
        assert_eq!(split.features[1], set(&["a"]));
        assert_eq!(split.features[2], set(&["b"]));
        assert_eq!(split.crate_of, vec![1, 0, 2, 0]);
        // With one part, only the types every feature needs are shared.
        let one = super::split(&features, &[1, 1, 1, 1], 1);
        assert_eq!(one.crate_of, vec![1, 1, 1, 0]);
    }
}
