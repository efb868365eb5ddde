//! Every file of the crate, in three steps: the jobs that make the big
//! files (type modules, resources, conformance tests) run on all cores;
//! then the crate's shell (client, `lib.rs`, manifests, README) around
//! them; then the `@generated` note on every Rust file.

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::{
    Files, Job, client, conformance_credentials, crate_files, examples, format_file,
    mark_generated, resources, run_jobs, tests, types, types_crates, types_module,
};
use crate::error::Error;
use crate::model::crate_facts::CrateFacts;
use crate::model::{Model, Operation, TypeId};

/// What the steps share: where the client's files go (`core/` when the
/// client has a helpers crate in front of it) and the crate that examples
/// name.
struct Layout {
    client_dir: &'static str,
    krate: examples::DocCrate,
}

impl Layout {
    fn at(&self, path: &str) -> String {
        format!("{}{path}", self.client_dir)
    }
}

/// Generates every file of the crate.
pub fn generate(model: &Model) -> Result<Files, Error> {
    let facts = &model.krate;
    let core = facts.core.clone();
    let layout = Layout {
        client_dir: if core.is_some() { "core/" } else { "" },
        krate: examples::DocCrate {
            name: facts.crate_name.replace('-', "_"),
            real: core
                .as_deref()
                .unwrap_or(&facts.crate_name)
                .replace('-', "_"),
        },
    };
    let tops = resources::by_top(model);
    let homes = &model.homes;
    let extras = types::conversions_by_anchor(model);
    let mock_url = &model.client.mock_url_env;

    let mut files = Files::new();
    let mut jobs: Vec<Job<'_>> = Vec::new();
    for home in homes {
        jobs.extend(type_jobs(model, home, &extras, &layout));
        let index = match home.role {
            crate::model::types_homes::Role::Module => layout.at(&home.index),
            _ => home.index.clone(),
        };
        files.insert(index, types_crates::index_file(model, facts, home)?);
    }
    files.extend(types_crates::crate_files(model, facts, homes)?);
    let (resource_jobs, resources_mod) = resource_jobs(model, &tops, &layout)?;
    jobs.extend(resource_jobs);
    files.insert(layout.at("src/resources/mod.rs"), resources_mod);
    if facts.conformance_tests {
        jobs.push(conformance_job(model, &layout, mock_url));
    }
    files.extend(run_jobs(jobs)?);
    files.extend(shell_files(model, facts, &tops, &layout)?);
    mark_generated(&mut files, &model.title);
    Ok(files)
}

/// One job per types module of a home.
fn type_jobs<'a>(
    model: &'a Model,
    home: &'a crate::model::types_homes::TypesHome,
    extras: &'a BTreeMap<TypeId, String>,
    layout: &Layout,
) -> Vec<Job<'a>> {
    let src_dir = match home.role {
        crate::model::types_homes::Role::Module => layout.at(&home.src_dir),
        _ => home.src_dir.clone(),
    };
    home.by_module
        .iter()
        .map(|(module, ids)| {
            let needs = &home.module_needs;
            Job {
                path: format!("{src_dir}/{module}.rs"),
                weight: ids.len(),
                run: Box::new(move || types_module(model, module, ids, needs, extras)),
            }
        })
        .collect()
}

/// One job per top-level resource, and `resources/mod.rs` that declares
/// them (each behind its feature).
fn resource_jobs<'a>(
    model: &'a Model,
    tops: &'a BTreeMap<String, Vec<&'a Operation>>,
    layout: &'a Layout,
) -> Result<(Vec<Job<'a>>, String), Error> {
    let mut jobs = Vec::new();
    let mut declarations = TokenStream::new();
    for (top, ops) in tops {
        let feature = &ops[0].feature;
        let krate = &layout.krate;
        jobs.push(Job {
            path: layout.at(&format!("src/resources/{top}.rs")),
            weight: ops.len() * 4,
            run: Box::new(move || {
                format_file(resources::resource_file(model, top, ops, krate), top)
            }),
        });
        let m = types::ident(top);
        declarations.extend(quote! {
            #[cfg(feature = #feature)]
            pub mod #m;
        });
    }
    let module = format_file(
        quote! {
            //! Resource handles, one module per top-level resource. Reach them
            //! through [`crate::Client`].
            #declarations
        },
        "resources/mod.rs",
    )?;
    Ok((jobs, module))
}

/// The conformance tests against a mock of the spec (`cases.rs`).
fn conformance_job<'a>(model: &'a Model, layout: &'a Layout, mock_url: &'a str) -> Job<'a> {
    Job {
        path: layout.at("tests/conformance/cases.rs"),
        weight: model.operations.len() * 4,
        run: Box::new(move || {
            format_file(
                tests::conformance_file(
                    model,
                    &layout.krate.real,
                    &conformance_credentials(&model.client.auth),
                    mock_url,
                ),
                "conformance tests",
            )
        }),
    }
}

/// The crate around the big files: `client.rs`, `lib.rs`, the conformance
/// tests' `main.rs`, the manifest, with helpers the facade crate's
/// `lib.rs` and manifest, and the README.
fn shell_files(
    model: &Model,
    facts: &CrateFacts,
    tops: &BTreeMap<String, Vec<&Operation>>,
    layout: &Layout,
) -> Result<Files, Error> {
    let mut files = Files::new();
    files.insert(
        layout.at("src/client.rs"),
        format_file(client::client(model, facts, tops)?, "client.rs")?,
    );
    files.insert(
        layout.at("src/lib.rs"),
        format_file(crate_files::lib_rs(model, facts, tops)?, "lib.rs")?,
    );
    if facts.conformance_tests {
        files.insert(
            layout.at("tests/conformance/main.rs"),
            format_file(
                quote! {
                    //! Conformance tests against a mock of the API (see `cases.rs`).

                    // Generated and formatted by prettyplease, like the crate.
                    #[rustfmt::skip]
                    mod cases;
                },
                "tests/conformance/main.rs",
            )?,
        );
    }
    files.insert(
        layout.at("Cargo.toml"),
        crate_files::cargo_toml(model, facts)?,
    );
    if facts.core.is_some() {
        files.insert(
            "src/lib.rs".into(),
            format_file(crate_files::facade_lib_rs(model, facts, tops)?, "lib.rs")?,
        );
        files.insert(
            "Cargo.toml".into(),
            crate_files::facade_cargo_toml(model, facts)?,
        );
    }
    files.insert("README.md".into(), crate_files::readme(model, facts)?);
    Ok(files)
}
