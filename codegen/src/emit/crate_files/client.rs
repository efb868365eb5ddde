//! The client crate: its `lib.rs` (the front page, the modules, the
//! re-exports) and its manifest. A spec gives one client crate; with
//! hand-written helpers (`[helpers]`) it gives a core (the endpoints) and
//! the crate users depend on, which re-exports the core, the helpers and
//! the providers.

use askama::Template;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

use super::{render, toml_key, toml_string};
use crate::emit::docs::{escape, inner_doc_attrs};
use crate::emit::types::ident;
use crate::error::Error;
use crate::model::crate_facts::CrateFacts;
use crate::model::resource_names::accessor;
use crate::model::{EXTRA_FEATURE, Model, Operation, WEBHOOKS_FEATURE};
use crate::settings::ProviderConfig;

#[derive(Template)]
#[template(path = "front_page.md.txt", escape = "none")]
struct FrontPage<'a> {
    crate_name: &'a str,
    description: Option<String>,
    title: String,
    version: String,
    front_page: &'a str,
    /// Feature, accessor and operation count of each resource.
    resources: Vec<(&'a str, String, usize)>,
    webhooks: Option<&'static str>,
    extra_types: Option<&'static str>,
    /// Each provider: its feature, what it is, its other features.
    providers: Vec<(&'a str, &'a str, Vec<&'a str>)>,
    /// The WebSocket methods, as `resource().method()`.
    sockets: Vec<String>,
}

/// The front page of the crate users depend on, as `//!` attributes.
fn front_page(
    model: &Model,
    facts: &CrateFacts,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> Result<TokenStream, Error> {
    let page = FrontPage {
        crate_name: &facts.crate_name,
        description: model.description.as_deref().map(escape),
        title: escape(&model.title),
        version: escape(&model.version),
        front_page: facts.front_page.trim(),
        resources: tops
            .iter()
            .map(|(top, ops)| (ops[0].feature.as_str(), accessor(top), ops.len()))
            .collect(),
        webhooks: (!model.webhooks.is_empty()).then_some(WEBHOOKS_FEATURE),
        extra_types: model
            .features
            .contains(EXTRA_FEATURE)
            .then_some(EXTRA_FEATURE),
        providers: facts
            .providers
            .iter()
            .map(|p| {
                let more = p.features.keys().map(String::as_str).collect();
                (p.name.as_str(), p.doc.as_str(), more)
            })
            .collect(),
        sockets: model
            .sockets
            .iter()
            .map(|s| {
                let path: Vec<String> = s.resource.iter().map(|r| accessor(r)).collect();
                format!("{}().{}()", path.join("()."), s.method)
            })
            .collect(),
    };
    Ok(inner_doc_attrs(&render(&page, "the front page")?))
}

/// The `types` module: the types crate's areas (each type documented once,
/// in its area) and every type at the top.
fn types_module(model: &Model, facts: &CrateFacts) -> TokenStream {
    let Some(name) = &facts.types_crate else {
        return quote! {
            #[rustfmt::skip]
            pub mod types;
        };
    };
    let krate = format_ident!("{}", name.replace('-', "_"));
    let doc = format!(
        " Every type of the API, by area (`types::chat`) and all at the top (`types::CreateChatCompletionRequest`): the `{name}` crate."
    );
    // Each area under the features it needs (as the types crate declares
    // it), the flat paths hidden from the documentation.
    let modules = model.areas().into_iter().map(|(area, needs)| {
        let m = ident(&area);
        let cfg = needs
            .and_then(|set| crate::emit::cfg_attr(&set))
            .map(|attr| quote!(#attr));
        quote!(#cfg pub use #krate::#m;)
    });
    // (Without any feature on, there is no type at all.)
    let any = crate::emit::cfg_attr(&model.features).map(|attr| quote!(#attr));
    let (modules, flat): (Vec<TokenStream>, _) = if facts.types_parts > 0 {
        (modules.collect(), quote!(#any #[doc(hidden)]))
    } else {
        (Vec::new(), quote!(#any))
    };
    quote! {
        #[doc = #doc]
        #[rustfmt::skip]
                pub mod types {
            #(#modules)*
            #flat
            pub use #krate::*;
        }
    }
}

/// `pub mod providers`: each provider crate under its feature.
fn providers_module(providers: &[ProviderConfig]) -> TokenStream {
    if providers.is_empty() {
        return TokenStream::new();
    }
    let items = providers.iter().map(|p| {
        let (feature, m) = (&p.name, ident(&p.name.replace('-', "_")));
        let krate = format_ident!("{}", p.package.replace('-', "_"));
        let doc = format!(" {} (feature `{feature}`).", p.doc.trim_end_matches('.'));
        quote! {
            #[cfg(feature = #feature)]
            #[doc = #doc]
            pub mod #m {
                pub use #krate::*;
            }
        }
    });
    quote! {
        /// Providers: other hosts of the same API, with their own routing
        /// and credentials (`Client::builder().provider(..)`).
        pub mod providers {
            #(#items)*
        }
    }
}

/// `src/lib.rs` of the one client crate, or of the core (whose docs point
/// to the crate users depend on).
pub fn lib_rs(
    model: &Model,
    facts: &CrateFacts,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> Result<TokenStream, Error> {
    let docs = if facts.helpers.is_some() {
        let text = format!(
            "# {}\n\nThe endpoints and types of the {}: use them through `{}`, which adds the helpers, the prelude and the providers.",
            facts.core.as_deref().unwrap_or_default(),
            escape(&model.title),
            facts.crate_name
        );
        inner_doc_attrs(&text)
    } else {
        front_page(model, facts, tops)?
    };
    let types_item = types_module(model, facts);
    let providers = if facts.helpers.is_some() {
        TokenStream::new()
    } else {
        providers_module(&facts.providers)
    };
    Ok(quote! {
        #docs

        // Generated modules are formatted by prettyplease, deterministically
        // and independently of the installed rustfmt.
        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        pub mod resources;
        #types_item
        #providers

        pub use client::{Client, ClientBuilder};
        /// The runtime: options, errors, streams, pagination, providers.
        pub use sdk_runtime as runtime;
        pub use sdk_runtime::{ApiResponse, Call, Error, RequestOptions};
    })
}

/// `src/lib.rs` of the crate users depend on when the client has helpers:
/// the core's items at the top, the helpers, their prelude, the providers.
pub fn facade_lib_rs(
    model: &Model,
    facts: &CrateFacts,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> Result<TokenStream, Error> {
    let docs = front_page(model, facts, tops)?;
    let core = format_ident!(
        "{}",
        facts.core.as_deref().unwrap_or_default().replace('-', "_")
    );
    let helpers = facts
        .helpers
        .as_ref()
        .map(|h| format_ident!("{}", h.config.package.replace('-', "_")));
    let providers = providers_module(&facts.providers);
    Ok(quote! {
        #docs

        #[doc(inline)]
        pub use #core::*;
        #providers

        /// What the API's endpoints alone do not give: stream events,
        /// structured outputs, pollers, uploads, accessors of answers.
        pub mod helpers {
            #[doc(inline)]
            pub use #helpers::*;
        }

        /// The client, the everyday types and the helpers' traits in one
        /// import: `use openai_client::prelude::*;`.
        pub mod prelude {
            #[doc(inline)]
            pub use #helpers::prelude::*;
        }
    })
}

#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
struct Manifest<'a> {
    title: &'a str,
    name: String,
    version: String,
    description: String,
    default_features: String,
    /// Each feature with its dependencies, written as TOML.
    features: Vec<(String, String)>,
    /// The `websocket` feature's dependencies, when the crate has sockets.
    websocket: Option<String>,
    /// The `[package]` keys after `license`.
    package: String,
    runtime_source: String,
    runtime_types_source: String,
    /// The separate types crate's package name, written as TOML.
    types_crate: Option<String>,
    /// More `[dependencies]` lines (providers), written as TOML.
    dependencies: Vec<String>,
    conformance_tests: bool,
    extra_manifest: &'a str,
}

/// A provider's dependency line and the features it brings.
fn provider_manifest(p: &ProviderConfig) -> (String, Vec<(String, String)>) {
    let mut source = Vec::new();
    if let Some(path) = &p.path {
        source.push(format!("path = {}", toml_string(path)));
    }
    if let Some(version) = &p.version {
        source.push(format!("version = {}", toml_string(version)));
    }
    let line = format!(
        "{} = {{ {}, default-features = false, optional = true }}",
        toml_key(&p.package),
        source.join(", ")
    );
    let mut features = vec![(p.name.clone(), toml_string(&format!("dep:{}", p.package)))];
    for (feature, turns_on) in &p.features {
        let mut deps = vec![toml_string(&p.name)];
        deps.extend(
            turns_on
                .iter()
                .map(|f| toml_string(&format!("{}/{f}", p.package))),
        );
        features.push((feature.clone(), deps.join(", ")));
    }
    (line, features)
}

/// The features of the one client crate or of the core: one per resource
/// (with its types), then the providers' (one crate only).
fn api_features(model: &Model, facts: &CrateFacts) -> Vec<(String, String)> {
    model
        .features
        .iter()
        .map(|f| {
            let mut deps = Vec::new();
            // Webhook payloads come with the runtime's signature check.
            if f == WEBHOOKS_FEATURE {
                deps.push(toml_string("sdk-runtime/webhooks"));
            }
            if let Some(types) = &facts.types_crate {
                deps.push(toml_string(&format!("{types}/{f}")));
            }
            (f.clone(), deps.join(", "))
        })
        .collect()
}

/// `Cargo.toml` of the one client crate, or of the core.
pub fn cargo_toml(model: &Model, facts: &CrateFacts) -> Result<String, Error> {
    let core = facts.core.clone();
    let mut features = api_features(model, facts);
    let mut dependencies = Vec::new();
    let mut websocket = (!model.sockets.is_empty()).then(|| {
        let mut deps = vec![toml_string("sdk-runtime/websocket")];
        if super::super::sockets::needs_extra_types(model) {
            deps.push(toml_string(EXTRA_FEATURE));
        }
        deps
    });
    if core.is_none() {
        for p in &facts.providers {
            let (line, more) = provider_manifest(p);
            dependencies.push(line);
            features.extend(more);
            if let Some(ws) = websocket.as_mut()
                && let Some(turns_on) = p.follows.get("websocket")
            {
                ws.extend(
                    turns_on
                        .iter()
                        .map(|f| toml_string(&format!("{}?/{f}", p.package))),
                );
            }
        }
    }
    let default: Vec<String> = std::iter::once("rustls")
        .chain(model.features.iter().map(String::as_str))
        .map(toml_string)
        .collect();
    let name = core.as_deref().unwrap_or(&facts.crate_name);
    let depth = usize::from(core.is_some());
    let up = |path: &str| {
        if depth == 0 || std::path::Path::new(path).is_absolute() {
            path.to_owned()
        } else {
            format!("../{path}")
        }
    };
    let manifest = Manifest {
        title: &model.title,
        name: toml_string(name),
        version: toml_string(&facts.crate_version),
        description: toml_string(&match &core {
            Some(_) => format!(
                "The endpoints and types of the {} (use them through `{}`).",
                model.title, facts.crate_name
            ),
            None => format!(
                "Typed Rust client for the {}, generated from its OpenAPI description.",
                model.title
            ),
        }),
        default_features: default.join(", "),
        features,
        websocket: websocket.map(|deps| deps.join(", ")),
        package: super::package_keys(facts, name, core.is_none()),
        runtime_source: facts.runtime_dependency(&up(&facts.runtime_path)),
        runtime_types_source: facts.runtime_dependency(&up(&facts.runtime_types_path())),
        types_crate: facts.types_crate.as_deref().map(|t| {
            format!(
                "{} = {{ path = {}, version = {}, default-features = false }}",
                toml_key(t),
                toml_string(&up("types")),
                toml_string(&facts.crate_version)
            )
        }),
        dependencies,
        conformance_tests: facts.conformance_tests,
        extra_manifest: if core.is_some() {
            ""
        } else {
            &facts.extra_manifest
        },
    };
    render(&manifest, "Cargo.toml")
}

#[derive(Template)]
#[template(path = "facade_Cargo.toml.txt", escape = "none")]
struct FacadeManifest<'a> {
    title: &'a str,
    name: String,
    version: String,
    description: String,
    default_features: String,
    features: Vec<(String, String)>,
    /// The `[package]` keys after `license`.
    package: String,
    dependencies: Vec<String>,
    extra_manifest: &'a str,
}

/// `Cargo.toml` of the crate users depend on when the client has helpers:
/// every feature of the core, passed on to the helpers where they have it,
/// the helpers' own features, and the providers.
pub fn facade_cargo_toml(model: &Model, facts: &CrateFacts) -> Result<String, Error> {
    let (Some(core), Some(helpers)) = (facts.core.clone(), &facts.helpers) else {
        return Err(Error::Usage("internal error: no helpers".into()));
    };
    let package = &helpers.config.package;
    let on = |crate_: &str, f: &str| toml_string(&format!("{crate_}/{f}"));
    let mut features: Vec<(String, String)> = Vec::new();
    let mut api: Vec<String> = model.features.iter().cloned().collect();
    api.extend(
        [
            "rustls",
            "native-tls",
            "http2",
            "reqwest",
            "test-util",
            "blocking",
        ]
        .map(str::to_owned),
    );
    if !model.sockets.is_empty() {
        api.push("websocket".to_owned());
    }
    for f in &api {
        let mut deps = vec![on(&core, f)];
        if helpers.features.contains(f) {
            deps.push(on(package, f));
        }
        for p in &facts.providers {
            for turns_on in p.follows.get(f).into_iter().flatten() {
                deps.push(toml_string(&format!("{}?/{turns_on}", p.package)));
            }
        }
        features.push((f.clone(), deps.join(", ")));
    }
    for f in helpers.features.iter().filter(|f| !api.contains(f)) {
        features.push((f.clone(), on(package, f)));
    }
    let mut dependencies = vec![
        dependency(&core, Some("core"), Some(&facts.crate_version)),
        dependency(
            package,
            Some(&helpers.config.path),
            helpers.config.version.as_deref(),
        ),
    ];
    for p in &facts.providers {
        let (line, more) = provider_manifest(p);
        dependencies.push(line);
        features.extend(more);
    }
    let default: Vec<String> = std::iter::once("rustls".to_owned())
        .chain(model.features.iter().cloned())
        .chain(helpers.default_features.iter().cloned())
        .map(|f| toml_string(&f))
        .collect();
    let manifest = FacadeManifest {
        title: &model.title,
        name: toml_string(&facts.crate_name),
        version: toml_string(&facts.crate_version),
        description: toml_string(&format!(
            "Typed Rust client for the {}, generated from its OpenAPI description, with helpers.",
            model.title
        )),
        default_features: default.join(", "),
        features,
        package: super::package_keys(facts, &facts.crate_name, true),
        dependencies,
        extra_manifest: &facts.extra_manifest,
    };
    render(&manifest, "Cargo.toml")
}

/// A dependency without default features, by path (and version).
fn dependency(name: &str, path: Option<&str>, version: Option<&str>) -> String {
    let mut source = Vec::new();
    if let Some(path) = path {
        source.push(format!("path = {}", toml_string(path)));
    }
    if let Some(version) = version {
        source.push(format!("version = {}", toml_string(version)));
    }
    format!(
        "{} = {{ {}, default-features = false }}",
        toml_key(name),
        source.join(", ")
    )
}
