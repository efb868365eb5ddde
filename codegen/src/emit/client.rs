//! `src/client.rs`: the `Client` with its resource accessors, and the
//! `ClientBuilder` whose credential methods and environment variables come
//! from the document's security schemes and the `[client]` config.

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::credentials::{credential_method, environment_items, requirement_tokens, scheme_spec};
use super::types::ident;
use crate::error::Error;
use crate::model::client_options::AuthOption;
use crate::model::crate_facts::CrateFacts;
use crate::model::resource_names::{accessor, resource_struct};
use crate::model::{Model, Operation};

/// `src/client.rs`.
pub fn client(
    model: &Model,
    facts: &CrateFacts,
    tops: &BTreeMap<String, Vec<&Operation>>,
) -> Result<TokenStream, Error> {
    let options = &model.client.auth;
    let base = &model.server_url;
    let ua = format!("{}/{}", facts.crate_name, facts.crate_version);
    let accessors = resource_accessors(tops);
    let specs = options.iter().map(scheme_spec);
    let default_security = requirement_tokens(&model.default_security);
    let Setup {
        calls: setup,
        methods: header_methods,
    } = builder_setup(model)?;
    let env_doc: Vec<String> = environment_items(model)
        .iter()
        .map(|item| format!(" - {item}"))
        .collect();
    let builder = builder_struct(options, header_methods);
    let title = format!(" A client for the {}.", model.title);
    Ok(quote! {
        //! The entry point: a configured client, its builder and its resources.

        use sdk_runtime::auth::security;

        /// The security schemes of the API description that the runtime implements.
        const SCHEMES: &[security::SchemeSpec] = &[#(#specs),*];
        /// What an operation needs unless it declares otherwise.
        const DEFAULT_SECURITY: security::Security = #default_security;

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

            /// A builder with this API's defaults. It reads these environment
            /// variables unless the matching option is set:
            ///
            #(#[doc = #env_doc])*
            pub fn builder() -> ClientBuilder {
                ClientBuilder {
                    inner: sdk_runtime::ClientBuilder::for_client(Self::DEFAULT_BASE_URL)
                        .user_agent(#ua)
                        #(#setup)*,
                }
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

        #builder
    })
}

/// The accessor of each top-level resource, behind its feature.
fn resource_accessors(tops: &BTreeMap<String, Vec<&Operation>>) -> TokenStream {
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
    accessors
}

/// What `Client::builder()` calls on the runtime's builder, and the
/// builder methods that come with them (header options, the webhook
/// secret).
struct Setup {
    calls: Vec<TokenStream>,
    methods: Vec<TokenStream>,
}

/// The builder's setup from the config: the base URL's variable, the
/// security schemes, the header options, the codes never retried, the
/// webhook secret's variable, the error format.
fn builder_setup(model: &Model) -> Result<Setup, Error> {
    let options = &model.client;
    let base_url_env = &options.base_url_env;
    let mut setup = Setup {
        calls: vec![quote! {
            .base_url_env(#base_url_env)
            .security(security::SecurityConfig::new(SCHEMES, DEFAULT_SECURITY))
        }],
        methods: Vec::new(),
    };
    for h in &options.headers {
        let (call, method) = header_option(h);
        setup.calls.push(call);
        setup.methods.push(method);
    }
    if !options.not_retrying_codes.is_empty() {
        let codes = &options.not_retrying_codes;
        setup
            .calls
            .push(quote!(.not_retrying_codes(&[#(#codes),*])));
    }
    if let Some(env) = &options.webhook_secret_env {
        setup.calls.push(quote!(.webhook_secret_env(#env)));
        let doc = format!(
            " The secret that signs this API's webhook deliveries, to verify them with. Default: `{env}`."
        );
        setup.methods.push(quote! {
            #[doc = #doc]
            pub fn webhook_secret(self, secret: impl Into<sdk_runtime::SecretString>) -> Self {
                Self { inner: self.inner.webhook_secret(secret) }
            }
        });
    }
    if let Some(parser) = &options.error_parser {
        let path: syn::Path = syn::parse_str(parser).map_err(|e| {
            Error::Usage(format!(
                "client.error_parser `{parser}` is not a Rust path: {e}"
            ))
        })?;
        setup.calls.push(quote!(.error_format(#path)));
    }
    Ok(setup)
}

/// A header option: the builder's setup call and its method.
fn header_option(h: &crate::settings::HeaderConfig) -> (TokenStream, TokenStream) {
    let (header, option) = (&h.header, &h.option);
    let env = match &h.env {
        Some(e) => quote!(Some(#e)),
        None => quote!(None),
    };
    let method = ident(option);
    let mut doc = format!(" Sends `{header}` with every request");
    if let Some(d) = &h.doc {
        doc.push_str(&format!(": {}", super::docs::escape(d.trim())));
    }
    doc.push('.');
    if let Some(e) = &h.env {
        doc.push_str(&format!(" Default: `{e}`."));
    }
    (
        quote!(.header_option(#header, #option, None, #env)),
        quote! {
            #[doc = #doc]
            pub fn #method(self, value: impl Into<String>) -> Self {
                Self { inner: self.inner.header_option(#header, #option, Some(value.into()), #env) }
            }
        },
    )
}

/// `ClientBuilder`: the credential methods of the schemes, the header
/// options, and the methods every client has.
fn builder_struct(options: &[AuthOption], header_methods: Vec<TokenStream>) -> TokenStream {
    let credential_methods = options.iter().map(credential_method);
    let credential_fn = (!options.is_empty()).then(|| {
        quote! {
            fn credential(self, scheme: &'static str, credential: security::Credential) -> Self {
                Self { inner: self.inner.credential(scheme, credential) }
            }
        }
    });
    let common_methods = common_builder_methods();
    quote! {
        /// Configures a [`Client`]: credentials, base URL, timeouts, retries.
        ///
        /// Credentials given here win over the environment. With a provider
        /// ([`ClientBuilder::provider`]) the provider owns the base URL and
        /// authentication: those options are refused next to it.
        #[derive(Debug)]
        #[must_use]
        pub struct ClientBuilder {
            inner: sdk_runtime::ClientBuilder<Client>,
        }

        impl ClientBuilder {
            #(#credential_methods)*

            #(#header_methods)*

            #credential_fn

            #common_methods
        }
    }
}

/// The builder methods every generated client has, each passed on to the
/// runtime's builder.
fn common_builder_methods() -> TokenStream {
    quote! {
            /// The base URL (default: the environment, then [`Client::DEFAULT_BASE_URL`]).
            pub fn base_url(self, url: impl Into<String>) -> Self {
                Self { inner: self.inner.base_url(url) }
            }
            /// Routes the client through a provider, which owns the base URL
            /// and authentication.
            pub fn provider(self, provider: impl sdk_runtime::auth::Provider) -> Self {
                Self { inner: self.inner.provider(provider) }
            }
            /// Replaces the declared authentication by a custom one, called on
            /// every attempt with the final request.
            pub fn authenticator(self, auth: impl sdk_runtime::auth::Authenticator) -> Self {
                Self { inner: self.inner.authenticator(auth) }
            }
            /// Sends requests through another transport (see
            /// `sdk_runtime::test_util` for an in-memory one).
            pub fn transport(self, transport: impl sdk_runtime::transport::HttpTransport) -> Self {
                Self { inner: self.inner.transport(transport) }
            }
            /// Sends requests with a `reqwest::Client` you configured (proxy,
            /// root certificates, mutual TLS). Build it with
            /// `redirect(Policy::none())` so that no header follows a redirect.
            /// (Feature `reqwest`.)
            #[cfg(feature = "reqwest")]
            pub fn http_client(self, client: sdk_runtime::transport::reqwest::Client) -> Self {
                Self { inner: self.inner.http_client(client) }
            }
            /// The TLS setup of the default transport: root certificates (a
            /// company's CA), a client certificate for mutual TLS. (Feature
            /// `rustls`.)
            #[cfg(feature = "rustls")]
            pub fn tls_config(self, config: sdk_runtime::transport::rustls::ClientConfig) -> Self {
                Self { inner: self.inner.tls_config(config) }
            }
            /// Adds an interceptor to every request, after those added before.
            pub fn interceptor(self, interceptor: impl sdk_runtime::interceptor::Interceptor) -> Self {
                Self { inner: self.inner.interceptor(interceptor) }
            }
            /// The retry policy of every request (default: the runtime's
            /// `StandardRetry`).
            pub fn retry_policy(self, policy: impl sdk_runtime::retry::RetryPolicy) -> Self {
                Self { inner: self.inner.retry_policy(policy) }
            }
            /// A header sent with every request.
            pub fn default_header(self, name: &str, value: &str) -> Self {
                Self { inner: self.inner.default_header(name, value) }
            }
            /// The `User-Agent` header.
            pub fn user_agent(self, user_agent: impl Into<String>) -> Self {
                Self { inner: self.inner.user_agent(user_agent) }
            }
            /// The timeout of each attempt (default 10 minutes).
            pub fn timeout(self, timeout: std::time::Duration) -> Self {
                Self { inner: self.inner.timeout(timeout) }
            }
            /// How many times a failed attempt is retried (default 2).
                        pub fn max_retries(self, retries: u32) -> Self {
                Self { inner: self.inner.max_retries(retries) }
            }
            /// Waits for rate-limit capacity before sending: after a response
            /// says that no requests or tokens are left (`x-ratelimit-remaining-*: 0`),
            /// the next requests wait until the limit resets (at most two
            /// minutes). Off by default.
            pub fn wait_for_capacity(self, wait: bool) -> Self {
                Self { inner: self.inner.wait_for_capacity(wait) }
            }
            /// The largest buffered response body (default 256 MiB).
            pub fn max_response_bytes(self, limit: usize) -> Self {
                Self { inner: self.inner.max_response_bytes(limit) }
            }
            /// Where environment variables are read from (tests inject a map).
            pub fn environment(self, env: sdk_runtime::Environment) -> Self {
                Self { inner: self.inner.environment(env) }
            }
            /// Validates the configuration and builds the client.
            pub fn build(self) -> Result<Client, sdk_runtime::Error> {
                self.inner.build()
            }
    }
}
