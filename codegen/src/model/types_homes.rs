//! Where the generated types go: `src/types/` of the client crate; one
//! types crate in `types/`; or, split, a types crate in `types/` that
//! re-exports a shared crate (`types/shared`) and part crates
//! (`types/part1`, ...) that build in parallel (see [`super::crate_split`]).
//! Each type's module and crate are decided here, once.

use std::collections::{BTreeMap, BTreeSet};

use super::crate_split::{self, CrateSplit};
use super::{Model, TypeId};
use crate::settings::Settings;

/// One place that holds types: its modules and where they are written.
#[derive(Debug, Clone)]
pub struct TypesHome {
    /// The folder of the module files, relative to the client crate.
    pub src_dir: String,
    /// `mod.rs` or `lib.rs` of that folder.
    pub index: String,
    /// What this place is.
    pub role: Role,
    /// The types of each module.
    pub by_module: BTreeMap<String, Vec<TypeId>>,
    /// The features under which each module must compile (`None`: always).
    pub module_needs: BTreeMap<String, Option<BTreeSet<String>>>,
}

/// What a [`TypesHome`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// `src/types/` inside the client crate.
    Module,
    /// The one types crate.
    Crate,
    /// The shared crate of a split types crate.
    Shared,
    /// Part `n` (from 1) of a split types crate, with its features.
    Part(usize, BTreeSet<String>),
}

/// The package name of a split types crate's shared crate.
pub fn shared_name(types: &str) -> String {
    format!("{types}-shared")
}

/// The package name of part `n` of a split types crate.
pub fn part_name(types: &str, n: usize) -> String {
    format!("{types}-part{n}")
}

/// Places every type: modules by feature, and with a split types crate,
/// the crate of each type.
pub fn plan(model: &Model, settings: &Settings) -> Vec<TypesHome> {
    let modules = model.type_modules();
    let space = &model.types;
    let count = space.types.len();
    let split = match (&settings.types_crate, settings.types_parts) {
        (Some(_), parts) if parts > 0 => {
            let weights: Vec<usize> = (0..count)
                .map(|id| crate_split::weight(space, id))
                .collect();
            crate_split::split(&model.type_features, &weights, parts)
        }
        _ => CrateSplit {
            crate_of: vec![0; count],
            features: vec![BTreeSet::new()],
        },
    };
    // Parts that got no feature (a small API) are left out; the others are
    // numbered from 1.
    let kept: Vec<usize> = (0..split.features.len())
        .filter(|&n| n == 0 || !split.features[n].is_empty())
        .collect();
    let mut home_of = vec![0; split.features.len()];
    let mut homes: Vec<TypesHome> = Vec::new();
    for (number, &n) in kept.iter().enumerate() {
        home_of[n] = homes.len();
        let (src_dir, index, role) = match (&settings.types_crate, number) {
            (None, _) => ("src/types".to_owned(), "mod.rs", Role::Module),
            (Some(_), 0) if settings.types_parts == 0 => {
                ("types/src".to_owned(), "lib.rs", Role::Crate)
            }
            (Some(_), 0) => ("types/shared/src".to_owned(), "lib.rs", Role::Shared),
            (Some(_), number) => (
                format!("types/part{number}/src"),
                "lib.rs",
                Role::Part(number, split.features[n].clone()),
            ),
        };
        homes.push(TypesHome {
            index: format!("{src_dir}/{index}"),
            src_dir,
            role,
            by_module: BTreeMap::new(),
            module_needs: BTreeMap::new(),
        });
    }
    for id in 0..count {
        let home = &mut homes[home_of[split.crate_of[id]]];
        let features = &model.type_features[id];
        let module = modules[id].clone();
        let needs = home
            .module_needs
            .entry(module.clone())
            .or_insert_with(|| Some(BTreeSet::new()));
        match (needs.as_mut(), features.is_empty()) {
            (Some(set), false) => set.extend(features.iter().cloned()),
            _ => *needs = None,
        }
        home.by_module.entry(module).or_default().push(id);
    }
    homes
}
