//! The files of the places that hold the generated types (decided by
//! [`crate::model::types_homes`]): each place's index, the types crates'
//! manifests, and the facade of a split types crate.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

use super::crate_files::{self, TypesManifestParts, crate_ident, path_dependency};
use super::{Files, cfg_attr, docs, format_file, types};
use crate::error::Error;
use crate::model::Model;
use crate::model::crate_facts::CrateFacts;
use crate::model::types_homes::{Role, TypesHome, part_name, shared_name};

/// The index of a place: its docs, its modules and their re-exports.
pub fn index_file(model: &Model, facts: &CrateFacts, home: &TypesHome) -> Result<String, Error> {
    let types_crate = facts.types_crate.as_deref().unwrap_or_default();
    let doc = match &home.role {
        Role::Module => quote! {
            //! Every type of the API: request bodies, responses, events and the
            //! values inside them. Split into modules by the feature that needs
            //! them; all are re-exported here.
        },
        Role::Crate => {
            docs::inner_doc_attrs(&crate_files::types_front_page(model, facts, types_crate)?)
        }
        Role::Shared => docs::inner_doc_attrs(&format!(
            "# {}\n\nThe types of the {} that two or more features need. Use them through `{}`, which re-exports them with the rest.",
            shared_name(types_crate),
            model.title,
            types_crate
        )),
        Role::Part(n, features) => docs::inner_doc_attrs(&format!(
            "# {}\n\nThe types of the {} that only one feature needs, for these features: {}. Use them through `{}`, which re-exports them with the rest.",
            part_name(types_crate, *n),
            model.title,
            features
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", "),
            types_crate
        )),
    };
    // A part's types use the shared ones as their own.
    let shared_use = matches!(home.role, Role::Part(..)).then(|| {
        let shared = format_ident!("{}", crate_ident(&shared_name(types_crate)));
        quote! {
            #[allow(unused_imports)]
            use #shared::*;
        }
    });
    // A crate root is formatted by `cargo fmt` like any other: its
    // generated items say they are formatted already.
    let skip = (home.role != Role::Module).then(|| quote!(#[rustfmt::skip]));
    // The areas users browse (`types::chat`), every type also at the top.
    // The shared and part crates of a split are reached through the types
    // crate, which documents their areas: theirs are hidden.
    let hidden = matches!(home.role, Role::Shared | Role::Part(..));
    let (module_vis, flat_doc) = if hidden {
        (quote!(#[doc(hidden)]), quote!(#[doc(hidden)]))
    } else {
        (TokenStream::new(), quote!(#[doc(no_inline)]))
    };
    let mut decls = TokenStream::new();
    for module in home.by_module.keys() {
        let m = types::ident(module);
        let cfg = module_cfg(home, module);
        decls.extend(quote! {
            #skip
            #cfg
            #module_vis
            pub mod #m;
                        #skip
            #cfg
            #flat_doc
            pub use self::#m::*;
        });
    }
    format_file(
        quote! {
            #doc
            #shared_use
            #decls
        },
        &home.index,
    )
}

/// `#[cfg(...)]` of a module of `home` (none when always compiled).
fn module_cfg(home: &TypesHome, module: &str) -> Option<TokenStream> {
    home.module_needs
        .get(module)
        .cloned()
        .flatten()
        .and_then(|set| cfg_attr(&set))
        .map(|attr| quote!(#attr))
}

/// The manifests of the types crates, and the root of a split types
/// crate's facade.
pub fn crate_files(model: &Model, facts: &CrateFacts, homes: &[TypesHome]) -> Result<Files, Error> {
    let mut files = Files::new();
    let Some(types_crate) = facts.types_crate.as_deref() else {
        return Ok(files);
    };
    let all: Vec<&str> = model.features.iter().map(String::as_str).collect();
    if facts.types_parts == 0 {
        let manifest = TypesManifestParts {
            name: types_crate,
            description: types_description(model, "The types"),
            features: all.iter().map(|f| (*f, Vec::new())).collect(),
            dependencies: Vec::new(),
            has_types: true,
            depth: 1,
        };
        files.insert(
            "types/Cargo.toml".into(),
            crate_files::types_cargo_toml(model, facts, manifest)?,
        );
        return Ok(files);
    }
    let split = Split {
        types_crate,
        shared: shared_name(types_crate),
        parts: homes
            .iter()
            .filter_map(|h| match &h.role {
                Role::Part(n, features) => Some((*n, features)),
                _ => None,
            })
            .collect(),
    };
    files.extend(split.member_manifests(model, facts, &all)?);
    files.insert(
        "types/Cargo.toml".into(),
        split.facade_manifest(model, facts, &all)?,
    );
    let doc = docs::inner_doc_attrs(&crate_files::types_front_page(model, facts, types_crate)?);
    let reexports = facade_areas(model, types_crate, homes);
    files.insert(
        "types/src/lib.rs".into(),
        format_file(
            quote! {
                #doc
                #reexports
            },
            "types/src/lib.rs",
        )?,
    );
    Ok(files)
}

/// One line of a types crate's `description`.
fn types_description(model: &Model, what: &str) -> String {
    format!(
        "{what} of the {}, generated from its OpenAPI description, without an HTTP client.",
        model.title
    )
}

/// A types crate split into a shared crate and parts behind a facade.
struct Split<'a> {
    types_crate: &'a str,
    shared: String,
    /// Each part's number and features.
    parts: Vec<(usize, &'a BTreeSet<String>)>,
}

impl Split<'_> {
    /// The shared crate's manifest (every feature: its types carry their
    /// cfgs) and each part's (its features, each also enabling the shared
    /// crate's).
    fn member_manifests(
        &self,
        model: &Model,
        facts: &CrateFacts,
        all: &[&str],
    ) -> Result<Files, Error> {
        let mut files = Files::new();
        files.insert(
            "types/shared/Cargo.toml".into(),
            crate_files::types_cargo_toml(
                model,
                facts,
                TypesManifestParts {
                    name: &self.shared,
                    description: types_description(model, "The shared types"),
                    features: all.iter().map(|f| (*f, Vec::new())).collect(),
                    dependencies: Vec::new(),
                    has_types: true,
                    depth: 2,
                },
            )?,
        );
        let shared = &self.shared;
        for (n, features) in &self.parts {
            let name = part_name(self.types_crate, *n);
            let dependency = path_dependency(shared, "../shared", &facts.crate_version, false);
            files.insert(
                format!("types/part{n}/Cargo.toml"),
                crate_files::types_cargo_toml(
                    model,
                    facts,
                    TypesManifestParts {
                        name: &name,
                        description: types_description(model, "Single-feature types"),
                        features: features
                            .iter()
                            .map(|f| (f.as_str(), vec![format!("{shared}/{f}")]))
                            .collect(),
                        dependencies: vec![dependency],
                        has_types: true,
                        depth: 2,
                    },
                )?,
            );
        }
        Ok(files)
    }

    /// The facade's manifest: every feature enables the shared crate's
    /// and, where a part has types of it, that part.
    fn facade_manifest(
        &self,
        model: &Model,
        facts: &CrateFacts,
        all: &[&str],
    ) -> Result<String, Error> {
        let shared = &self.shared;
        let features: Vec<(&str, Vec<String>)> = all
            .iter()
            .map(|f| {
                let mut deps = vec![format!("{shared}/{f}")];
                for (n, features) in &self.parts {
                    if features.contains(*f) {
                        let name = part_name(self.types_crate, *n);
                        deps.push(format!("dep:{name}"));
                        deps.push(format!("{name}/{f}"));
                    }
                }
                (*f, deps)
            })
            .collect();
        let version = &facts.crate_version;
        let mut dependencies = vec![path_dependency(shared, "shared", version, false)];
        for (n, _) in &self.parts {
            dependencies.push(path_dependency(
                &part_name(self.types_crate, *n),
                &format!("part{n}"),
                version,
                true,
            ));
        }
        crate_files::types_cargo_toml(
            model,
            facts,
            TypesManifestParts {
                name: self.types_crate,
                description: types_description(model, "The types"),
                features,
                dependencies,
                has_types: false,
                depth: 1,
            },
        )
    }
}

/// The areas of a split types crate: each `pub mod` gathers the module of
/// that name from the shared crate and the parts (under the cfg each has
/// there), and every type is also re-exported at the top.
fn facade_areas(model: &Model, types_crate: &str, homes: &[TypesHome]) -> TokenStream {
    let mut areas: BTreeMap<&str, TokenStream> = BTreeMap::new();
    for home in homes {
        let krate = match &home.role {
            Role::Shared => shared_name(types_crate),
            Role::Part(n, _) => part_name(types_crate, *n),
            Role::Module | Role::Crate => continue,
        };
        let krate = format_ident!("{}", crate_ident(&krate));
        for module in home.by_module.keys() {
            let m = types::ident(module);
            let cfg = module_cfg(home, module);
            areas.entry(module).or_default().extend(quote! {
                #[rustfmt::skip]
                #cfg
                #[doc(inline)]
                pub use #krate::#m::*;
            });
        }
    }
    let needs = model.areas();
    let mut out = TokenStream::new();
    for (area, sources) in areas {
        let m = types::ident(area);
        let doc = format!(" {}", model.area_doc(area));
        // An area none of whose features is on is left out, as a module
        // of one crate is.
        let cfg = needs
            .get(area)
            .cloned()
            .flatten()
            .and_then(|set| cfg_attr(&set))
            .map(|attr| quote!(#attr));
        // (The flat paths work everywhere; the documentation shows each
        // type once, in its area.)
        out.extend(quote! {
            #[rustfmt::skip]
            #cfg
            #[doc = #doc]
            pub mod #m {
                #sources
            }
            #[rustfmt::skip]
            #cfg
            #[doc(hidden)]
            pub use #m::*;
        });
    }
    out
}
