//! The crate around the code: `Cargo.toml` with one feature per top-level
//! resource, `lib.rs` with the crate docs, the `Client` with its resource
//! accessors, and the README.

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::docs::escape;
use super::resources::resource_struct;
use super::types::ident;
use crate::model::{EXTRA_FEATURE, Model, Operation, WEBHOOKS_FEATURE};
use crate::settings::Settings;

/// Methods of the generated `Client` that resources must not shadow.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "from_env",
    "with_options",
    "runtime",
    "clone",
    "fmt",
    "from",
    "new",
    "default",
    "into",
    "eq",
    "hash",
    "to_owned",
];

/// The accessor name of a top-level resource.
pub fn accessor(top: &str) -> String {
    if CLIENT_METHODS.contains(&top) {
        format!("{top}_resource")
    } else {
        top.to_owned()
    }
}

/// `src/client.rs`.
pub fn client(
    model: &Model,
    settings: &Settings,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> TokenStream {
    let base = &model.server_url;
    let ua = format!("{}/{}", settings.crate_name, settings.crate_version);
    let mut accessors = TokenStream::new();
    for (top, ops) in tops {
        let feature = &ops[0].feature;
        let m = ident(top);
        let method = ident(&accessor(top));
        let ty = ident(&resource_struct(std::slice::from_ref(top)));
        let doc = format!(" The `{top}` resource.");
        accessors.extend(quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            #[inline]
            pub fn #method(&self) -> crate::resources::#m::#ty {
                crate::resources::#m::#ty { client: self.inner.clone() }
            }
        });
    }
    let title = format!(" A client for the {}.", model.title);
    quote! {
        //! The entry point: a configured client and its resources.

        #[doc = #title]
        ///
        /// Cheap to clone and safe to share between tasks. Configure it with
        /// [`Client::builder`], or read everything from the environment with
        /// [`Client::from_env`].
        #[derive(Debug, Clone)]
        pub struct Client {
            inner: sdk_runtime::Client,
        }

        impl Client {
            /// The server of the API description.
            pub const DEFAULT_BASE_URL: &'static str = #base;

            /// A builder with this API's defaults.
            pub fn builder() -> sdk_runtime::ClientBuilder<Client> {
                sdk_runtime::ClientBuilder::for_client(Self::DEFAULT_BASE_URL).user_agent(#ua)
            }

            /// A client configured from the environment only.
            pub fn from_env() -> Result<Self, sdk_runtime::Error> {
                Self::builder().build()
            }

            /// A copy whose requests all use `options` (timeout, retries,
            /// headers, ...). The base URL and authentication are kept.
            pub fn with_options(&self, options: sdk_runtime::RequestOptions) -> Self {
                Self { inner: self.inner.with_options(options) }
            }

            /// The runtime client underneath, for requests the API
            /// description does not cover yet.
            pub fn runtime(&self) -> &sdk_runtime::Client {
                &self.inner
            }

            #accessors
        }

        impl From<sdk_runtime::Client> for Client {
            fn from(inner: sdk_runtime::Client) -> Self {
                Self { inner }
            }
        }
    }
}

/// `src/lib.rs`.
pub fn lib_rs(
    model: &Model,
    settings: &Settings,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> TokenStream {
    let mut doc = format!("# {}\n\n", settings.crate_name);
    if let Some(d) = &model.description {
        let _ = writeln!(doc, "{}\n", escape(d));
    }
    let _ = writeln!(
        doc,
        "Generated from the {} description, version {}, by this repository's `codegen`: do not edit by hand.\n",
        escape(&model.title),
        escape(&model.version)
    );
    let _ = writeln!(doc, "{}", settings.front_page.trim());
    let _ = writeln!(doc, "\n## Cargo features\n");
    let _ = writeln!(
        doc,
        "Every resource is a feature, all enabled by default; disable the defaults and pick the ones you call to compile less:\n"
    );
    for (top, ops) in tops {
        let _ = writeln!(
            doc,
            "- `{}`: `client.{}()` ({} operations)",
            ops[0].feature,
            accessor(top),
            ops.len()
        );
    }
    if !model.webhooks.is_empty() {
        let _ = writeln!(doc, "- `{WEBHOOKS_FEATURE}`: webhook payload types");
    }
    if model.features.contains(EXTRA_FEATURE) {
        let _ = writeln!(
            doc,
            "- `{EXTRA_FEATURE}`: schemas no operation uses directly (for example WebSocket event types)"
        );
    }
    let _ = writeln!(
        doc,
        "\nTLS: `rustls` (default) or `native-tls`. `http2`: HTTP/2 through ALPN (off by default: HTTP/1.1 with pooled connections). Providers: `bedrock` (bearer tokens) and `bedrock-sigv4` (AWS SigV4)."
    );
    let doc_attrs = super::docs::inner_doc_attrs(&doc);
    let extras = settings.extras_dir.is_some().then(|| {
        quote! {
            pub mod extras;
        }
    });
    quote! {
        #doc_attrs

        // Generated modules are formatted by prettyplease, deterministically
        // and independently of the installed rustfmt.
        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        pub mod resources;
        #[rustfmt::skip]
        pub mod types;
        #extras

        pub use client::Client;
        /// The runtime: options, errors, streams, pagination, providers.
        pub use sdk_runtime as runtime;
        pub use sdk_runtime::{ApiResponse, Call, Error, RequestOptions};
    }
}

/// `Cargo.toml`.
pub fn cargo_toml(model: &Model, settings: &Settings) -> String {
    let mut features: Vec<String> = model.features.iter().cloned().collect();
    features.sort();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Generated by codegen from the {} description; do not edit.",
        model.title
    );
    let _ = writeln!(out, "[package]");
    let _ = writeln!(out, "name = \"{}\"", settings.crate_name);
    let _ = writeln!(out, "version = \"{}\"", settings.crate_version);
    let _ = writeln!(out, "edition = \"2024\"");
    let _ = writeln!(out, "rust-version = \"1.95\"");
    let _ = writeln!(
        out,
        "description = {:?}",
        format!(
            "Typed Rust client for the {}, generated from its OpenAPI description.",
            model.title
        )
    );
    let _ = writeln!(out, "license = \"MIT\"");
    let _ = writeln!(out, "publish = false");
    let _ = writeln!(out, "\n[features]");
    let mut default: Vec<String> = vec!["rustls".into()];
    default.extend(features.iter().cloned());
    let _ = writeln!(
        out,
        "default = [{}]",
        default
            .iter()
            .map(|f| format!("{f:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for f in &features {
        // Webhook payloads come with the runtime's signature verification.
        let deps = if f == WEBHOOKS_FEATURE {
            "\"sdk-runtime/webhooks\""
        } else {
            ""
        };
        let _ = writeln!(out, "{f} = [{deps}]");
    }
    let _ = writeln!(out, "rustls = [\"sdk-runtime/rustls\"]");
    let _ = writeln!(out, "native-tls = [\"sdk-runtime/native-tls\"]");
    let _ = writeln!(out, "http2 = [\"sdk-runtime/http2\"]");
    let _ = writeln!(out, "bedrock = [\"sdk-runtime/bedrock\"]");
    let _ = writeln!(out, "bedrock-sigv4 = [\"sdk-runtime/bedrock-sigv4\"]");
    let _ = writeln!(out, "\n[dependencies]");
    let _ = writeln!(
        out,
        "sdk-runtime = {{ path = {:?}, default-features = false }}",
        settings.runtime_path
    );
    let _ = writeln!(
        out,
        "serde = {{ version = \"1\", features = [\"derive\"] }}"
    );
    let _ = writeln!(out, "serde_json = \"1\"");
    if settings.extras_dir.is_some() {
        let _ = writeln!(out, "http = \"1\"");
    }
    out.push_str(&settings.extra_manifest);
    out
}

/// `README.md`.
pub fn readme(model: &Model, settings: &Settings) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", settings.crate_name);
    let _ = writeln!(
        out,
        "Typed Rust client for the {} (version {}), generated by `codegen` from the OpenAPI description. Do not edit: regenerate with `cargo run -p codegen`.\n",
        model.title, model.version
    );
    let _ = writeln!(
        out,
        "- {} operations in {} resources",
        model.operations.len(),
        model.features.len()
    );
    let _ = writeln!(out, "- {} types", model.types.types.len());
    let _ = writeln!(
        out,
        "\nSee the crate documentation (`cargo doc --open`) for examples."
    );
    out
}
