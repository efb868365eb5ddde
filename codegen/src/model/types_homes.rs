//! Where the generated types go: `src/types/` of the client crate; one
//! types crate in `types/`; or, split, a types crate in `types/` that
//! re-exports a shared crate (`types/shared`) and part crates
//! (`types/part1`, ...) that build in parallel (see [`super::crate_split`]).
//! Each type's module and crate are decided here, once.

use std::collections::{BTreeMap, BTreeSet};

use super::crate_split::{self, CrateSplit};
use super::{Model, TypeId};
use crate::error::Error;
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
    let count = space.len();
    let split = match (&settings.types_crate, settings.types_parts) {
        (Some(_), parts) if parts > 0 => {
            let weights: Vec<usize> = space
                .ids()
                .map(|id| crate_split::weight(space, id))
                .collect();
            let features: Vec<&BTreeSet<String>> =
                space.iter().map(|(_, def)| &def.facts.features).collect();
            crate_split::split(&features, &weights, parts)
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
    for ((id, def), module) in space.iter().zip(modules) {
        let home = &mut homes[home_of[split.crate_of[id.index()]]];
        let features = &def.facts.features;
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

impl Model {
    /// Decides where each `[[types.convert]]` impl is printed: next to its
    /// target, unless only the source's crate sees both (a target in the
    /// shared crate of a split); and the features it needs beyond its
    /// anchor's (the other type's, when the anchor's do not imply them).
    /// Two types in two part crates cannot convert: that is an error that
    /// names them.
    pub fn anchor_conversions(&mut self) -> Result<(), Error> {
        let mut home_of = vec![0; self.types.len()];
        for (h, home) in self.homes.iter().enumerate() {
            for &id in home.by_module.values().flatten() {
                home_of[id.index()] = h;
            }
        }
        let shared = (self.homes.iter()).position(|h| h.role == Role::Shared);
        let space = &self.types;
        for c in &mut self.conversions {
            let (from, to) = (home_of[c.from.index()], home_of[c.to.index()]);
            let (anchor, other) = if from == to || Some(from) == shared {
                (c.to, c.from)
            } else if Some(to) == shared {
                (c.from, c.to)
            } else {
                return Err(Error::Usage(format!(
                    "types.convert: `{}` and `{}` are in two part crates of the types, which cannot see each other; convert between types of one area, or set types_parts = 0",
                    space[c.from].name, space[c.to].name
                )));
            };
            let (anchor_needs, other_needs) =
                (&space[anchor].facts.features, &space[other].facts.features);
            let implied = other_needs.is_empty()
                || (!anchor_needs.is_empty() && anchor_needs.is_subset(other_needs));
            c.anchor = anchor;
            c.cfg = if implied {
                BTreeSet::new()
            } else {
                other_needs.clone()
            };
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use serde_json::json;

    use crate::load::Document;
    use crate::model::Model;
    use crate::settings::{ConvertConfig, Settings};

    fn settings(parts: usize) -> Settings {
        let mut s = Settings::standalone(PathBuf::from("out"), Path::new("sdk-runtime"));
        s.types_crate = (parts > 0).then(|| "pets-types".to_owned());
        s.types_parts = parts;
        s.types.convert.push(ConvertConfig {
            from: "Cat".into(),
            to: "Dog".into(),
        });
        s
    }

    fn doc() -> Document {
        let answer = |schema: &str| {
            json!({"200": {"content": {"application/json": {"schema": {
                "$ref": format!("#/components/schemas/{schema}")}}}}})
        };
        let pet = |trait_: &str| {
            json!({"type": "object", "properties": {
                "name": {"type": "string"}, trait_: {"type": "boolean"}}})
        };
        Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "Pets", "version": "1"},
            "paths": {
                "/cats": {"get": {"operationId": "getCat", "responses": answer("Cat")}},
                "/dogs": {"get": {"operationId": "getDog", "responses": answer("Dog")}}},
            "components": {"schemas": {"Cat": pet("purrs"), "Dog": pet("barks")}}
        }))
        .expect("document")
    }

    #[test]
    fn a_conversion_sits_with_its_target_behind_the_source_s_features() {
        let m = Model::configured(doc(), &settings(0)).expect("model").model;
        let dog = m.types.by_name("Dog").expect("Dog");
        let [c] = &m.conversions[..] else {
            panic!("one conversion: {:?}", m.conversions)
        };
        assert_eq!(c.anchor, dog);
        assert_eq!(c.cfg.iter().collect::<Vec<_>>(), ["cats"]);
    }

    #[test]
    fn types_in_two_part_crates_cannot_convert() {
        let Err(e) = Model::configured(doc(), &settings(2)) else {
            panic!("Cat and Dog are in two parts")
        };
        let text = e.to_string();
        assert!(text.contains("types.convert: `Cat` and `Dog`"), "{text}");
    }
}
