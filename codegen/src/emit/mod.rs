//! Stage 3: the model to files. Code is built with `quote`, formatted with
//! `prettyplease`; the crate's manifest and README come from small templates.
//! The result is an ordered map of relative path to contents, so writing,
//! checking and testing all see the same bytes.

pub mod client;
pub mod crate_files;
pub mod credentials;
pub mod docs;
pub mod examples;
pub mod resources;
pub mod sockets;
pub mod tests;
pub mod tuning;
pub mod types;
pub mod types_crates;

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

use crate::error::Error;
use crate::model::operations::BodyKind;
use crate::model::{Model, TypeId};
use crate::settings::Settings;

/// Generated files by path relative to the crate root.
pub type Files = BTreeMap<String, String>;

/// Formats tokens as a Rust file.
pub fn format_file(tokens: TokenStream, what: &str) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Spec {
        pointer: String::new(),
        message: format!("internal error: generated {what} does not parse: {e}"),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// One file to make: its path, a rough size (bigger jobs start first) and
/// the work. A job builds its tokens and formats them on the thread that
/// runs it (token streams cannot cross threads); only text comes back.
struct Job<'a> {
    path: String,
    weight: usize,
    run: Box<dyn Fn() -> Result<String, Error> + Sync + 'a>,
}

/// Runs the jobs on rayon's pool, biggest first. The files come back by
/// path and, on failure, the error of the first failing job in path order:
/// the result never depends on which thread finished first.
fn run_jobs(mut jobs: Vec<Job<'_>>) -> Result<Files, Error> {
    use rayon::prelude::*;
    jobs.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.path.cmp(&b.path)));
    let results: Vec<(&str, Result<String, Error>)> = jobs
        .par_iter()
        .with_max_len(1)
        .map(|job| (job.path.as_str(), (job.run)()))
        .collect();
    let by_path: BTreeMap<&str, Result<String, Error>> = results.into_iter().collect();
    by_path
        .into_iter()
        .map(|(path, result)| result.map(|text| (path.to_owned(), text)))
        .collect()
}

/// One module of `src/types/`: the items of its types, each under the
/// `cfg` of its features unless the module already has exactly those.
fn types_module(
    model: &Model,
    module: &str,
    ids: &[TypeId],
    module_needs: &BTreeMap<String, Option<BTreeSet<String>>>,
    marks: &types::Marks,
    extras: &BTreeMap<TypeId, String>,
) -> Result<String, Error> {
    let space = &model.types;
    let module_set = module_needs
        .get(module)
        .cloned()
        .flatten()
        .unwrap_or_default();
    let header = format!(" {}", model.area_doc(module));
    let body = quote! {
        #![doc = #header]
        #[allow(unused_imports)]
        use super::*;
    };
    let mut out: syn::File = syn::parse2(body).map_err(|e| Error::Spec {
        pointer: String::new(),
        message: format!("internal error: module header does not parse: {e}"),
    })?;
    for &id in ids {
        let tuning = model.tuning.get(&id);
        if tuning.is_some_and(|t| t.skip) {
            continue;
        }
        let features = &model.type_features[id];
        let mut tokens = tuning::tuned_items(model, id, marks);
        if let Some(extra) = extras.get(&id) {
            tokens.extend(extra.parse::<TokenStream>().map_err(|e| Error::Spec {
                pointer: space.types[id].pointer.clone(),
                message: format!("internal error: a generated conversion does not parse: {e}"),
            })?);
        }
        let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Spec {
            pointer: space.types[id].pointer.clone(),
            message: format!("internal error: generated type does not parse: {e}"),
        })?;
        let cfg = (*features != module_set)
            .then(|| cfg_attr(features))
            .flatten();
        for mut item in file.items {
            if let Some(attr) = &cfg {
                add_attr(&mut item, attr.clone());
            }
            out.items.push(item);
        }
    }
    Ok(prettyplease::unparse(&out))
}

/// `#[cfg(...)]` for a set of features (none when always compiled).
pub fn cfg_attr(features: &BTreeSet<String>) -> Option<syn::Attribute> {
    let tokens = match features.len() {
        0 => return None,
        1 => {
            let f = features.iter().next()?;
            quote!(#[cfg(feature = #f)])
        }
        _ => {
            let fs = features.iter();
            quote!(#[cfg(any(#(feature = #fs),*))])
        }
    };
    let mut attrs = syn::Attribute::parse_outer.parse2(tokens).ok()?;
    attrs.pop()
}

use syn::parse::Parser;

fn add_attr(item: &mut syn::Item, attr: syn::Attribute) {
    use syn::Item::*;
    let attrs = match item {
        Struct(i) => &mut i.attrs,
        Enum(i) => &mut i.attrs,
        Impl(i) => &mut i.attrs,
        Type(i) => &mut i.attrs,
        Fn(i) => &mut i.attrs,
        Mod(i) => &mut i.attrs,
        Use(i) => &mut i.attrs,
        Const(i) => &mut i.attrs,
        _ => return,
    };
    attrs.insert(0, attr);
}

/// Generates every file of the crate.
pub fn generate(model: &Model, settings: &Settings) -> Result<Files, Error> {
    let mut files = Files::new();
    let auth = credentials::auth_options(model, settings)?;
    let space = &model.types;

    let marks = types::Marks {
        // Types that multipart bodies use get a `ToForm` impl.
        multipart: model
            .operations
            .iter()
            .filter_map(|op| op.body.as_ref())
            .filter(|b| b.kind == BodyKind::Multipart)
            .filter_map(|b| space.as_struct(&b.ty).map(|(id, _)| id))
            .collect(),
        strict: types::untagged_variants(space),
        received: model.received_types(),
    };
    // Every type's module and crate (feature by feature, and with a split
    // types crate, shared or part).
    let homes = types_crates::plan(model, settings, &model.type_modules());
    // The conversions of `[[types.convert]]`, next to a type whose crate
    // sees both of theirs.
    let mut home_of = vec![0; space.types.len()];
    for (h, home) in homes.iter().enumerate() {
        for &id in home.by_module.values().flatten() {
            home_of[id] = h;
        }
    }
    let shared = homes
        .iter()
        .position(|h| h.role == types_crates::Role::Shared);
    let extras = types::conversions_by_anchor(model, &home_of, shared)?;
    let extras = &extras;

    let tops = resources::by_top(model);
    // With helpers, the endpoints are a core crate in `core/`; examples
    // name the crate users depend on.
    let core = settings.core_crate();
    let client_dir = if core.is_some() { "core/" } else { "" };
    let at = |path: &str| format!("{client_dir}{path}");
    let krate = examples::DocCrate {
        name: settings.crate_name.replace('-', "_"),
        real: core
            .as_deref()
            .unwrap_or(&settings.crate_name)
            .replace('-', "_"),
    };
    // Every big file is a job; jobs run on all cores.
    let mut jobs: Vec<Job<'_>> = Vec::new();
    for home in &homes {
        for (module, ids) in &home.by_module {
            let needs = &home.module_needs;
            let marks = &marks;
            let src_dir = match home.role {
                types_crates::Role::Module => at(&home.src_dir),
                _ => home.src_dir.clone(),
            };
            jobs.push(Job {
                path: format!("{src_dir}/{module}.rs"),
                weight: ids.len(),
                run: Box::new(move || types_module(model, module, ids, needs, marks, extras)),
            });
        }
        let index = match home.role {
            types_crates::Role::Module => at(&home.index),
            _ => home.index.clone(),
        };
        files.insert(index, types_crates::index_file(model, settings, home)?);
    }
    files.extend(types_crates::crate_files(model, settings, &homes)?);

    // Resources.
    let mut res_decls = TokenStream::new();
    for (top, ops) in &tops {
        let feature = &ops[0].feature;
        let krate = &krate;
        jobs.push(Job {
            path: at(&format!("src/resources/{top}.rs")),
            weight: ops.len() * 4,
            run: Box::new(move || {
                format_file(resources::resource_file(model, top, ops, krate), top)
            }),
        });
        let m = types::ident(top);
        res_decls.extend(quote! {
            #[cfg(feature = #feature)]
            pub mod #m;
        });
    }
    files.insert(
        at("src/resources/mod.rs"),
        format_file(
            quote! {
                //! Resource handles, one module per top-level resource. Reach them
                //! through [`crate::Client`].
                #res_decls
            },
            "resources/mod.rs",
        )?,
    );
    if settings.conformance_tests {
        let krate = &krate.real;
        let auth = &auth;
        jobs.push(Job {
            path: at("tests/conformance/cases.rs"),
            weight: model.operations.len() * 4,
            run: Box::new(move || {
                format_file(
                    tests::conformance_file(
                        model,
                        krate,
                        &conformance_credentials(auth),
                        &settings.env_name("MOCK_URL"),
                    ),
                    "conformance tests",
                )
            }),
        });
    }
    files.extend(run_jobs(jobs)?);

    files.insert(
        at("src/client.rs"),
        format_file(client::client(model, settings, &tops, &auth)?, "client.rs")?,
    );
    files.insert(
        at("src/lib.rs"),
        format_file(crate_files::lib_rs(model, settings, &tops)?, "lib.rs")?,
    );
    if settings.conformance_tests {
        files.insert(
            at("tests/conformance/main.rs"),
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
    files.insert(at("Cargo.toml"), crate_files::cargo_toml(model, settings)?);
    if core.is_some() {
        files.insert(
            "src/lib.rs".into(),
            format_file(
                crate_files::facade_lib_rs(model, settings, &tops)?,
                "lib.rs",
            )?,
        );
        files.insert(
            "Cargo.toml".into(),
            crate_files::facade_cargo_toml(model, settings)?,
        );
    }
    files.insert(
        "README.md".into(),
        crate_files::readme(model, settings, &auth)?,
    );
    mark_generated(&mut files, &model.title);
    Ok(files)
}

/// Starts every generated Rust file with the `@generated` note (a comment
/// for whoever opens the file, not documentation for users).
fn mark_generated(files: &mut Files, title: &str) {
    let note = format!(
        "// @generated by codegen from the {title} description: regenerate rather than edit.\n"
    );
    for (path, text) in files.iter_mut() {
        if path.ends_with(".rs") {
            text.insert_str(0, &note);
        }
    }
}

/// Builder calls that configure every declared scheme with a placeholder
/// credential, for the conformance tests (the mock checks that credentials
/// are present, not what they are).
fn conformance_credentials(auth: &[credentials::AuthOption<'_>]) -> Vec<TokenStream> {
    use crate::model::security::SchemeKind;
    auth.iter()
        .map(|o| {
            let method = types::ident(&o.option);
            match o.scheme.kind {
                SchemeKind::Bearer | SchemeKind::ApiKey { .. } | SchemeKind::AccessToken { .. } => {
                    quote!(.#method("conformance-secret"))
                }
                SchemeKind::Basic => quote!(.#method("conformance-user", "conformance-password")),
                SchemeKind::ClientCredentials { .. } => {
                    quote!(.#method("conformance-client", "conformance-secret"))
                }
            }
        })
        .collect()
}
