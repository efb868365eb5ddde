//! `src/client.rs`: the `Client` with its resource accessors, and the
//! `ClientBuilder` whose credential methods and environment variables come
//! from the document's security schemes and the `[client]` config.

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::resources::resource_struct;
use super::types::ident;
use crate::error::Error;
use crate::model::security::{KeyLocation, Scheme, SchemeKind};
use crate::model::{Model, Operation};
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

/// Methods of the generated `ClientBuilder` that credential and header
/// options must not take.
const BUILDER_METHODS: &[&str] = &[
    "new",
    "base_url",
    "provider",
    "authenticator",
    "default_header",
    "user_agent",
    "timeout",
    "max_retries",
    "max_response_bytes",
    "environment",
    "transport",
    "http_client",
    "interceptor",
    "retry_policy",
    "build",
    "credential",
    "fmt",
];

/// The accessor name of a top-level resource.
pub fn accessor(top: &str) -> String {
    if CLIENT_METHODS.contains(&top) {
        format!("{top}_resource")
    } else {
        top.to_owned()
    }
}

/// A security scheme as the builder offers it.
#[derive(Debug, Clone)]
pub struct AuthOption<'a> {
    /// The scheme.
    pub scheme: &'a Scheme,
    /// The builder method.
    pub option: String,
    /// The environment variables.
    pub env: Vec<String>,
}

/// The builder method and variables of each scheme, from the config or
/// the defaults. Config entries that name no scheme, and options that
/// collide, are errors that name them.
pub fn auth_options<'a>(
    model: &'a Model,
    settings: &Settings,
) -> Result<Vec<AuthOption<'a>>, Error> {
    if let Some(unknown) = settings
        .client
        .auth
        .keys()
        .find(|name| !model.schemes.iter().any(|s| &s.name == *name))
    {
        return Err(Error::Usage(format!(
            "client.auth.{unknown}: the document declares no security scheme `{unknown}` that the runtime implements"
        )));
    }
    let mut taken: BTreeMap<String, String> = BTreeMap::new();
    let mut out = Vec::new();
    for scheme in &model.schemes {
        let config = settings.client.auth.get(&scheme.name);
        let option = match config.and_then(|c| c.option.clone()) {
            Some(option) => option,
            None => {
                let snake = crate::model::names::field_name(&scheme.name, "credentials");
                match snake.strip_suffix("_auth") {
                    Some(short) if !short.is_empty() => short.to_owned(),
                    _ => snake,
                }
            }
        };
        let parts: &[&str] = match scheme.kind {
            SchemeKind::Bearer | SchemeKind::ApiKey { .. } => &[],
            SchemeKind::Basic => &["USERNAME", "PASSWORD"],
            SchemeKind::ClientCredentials { .. } => &["CLIENT_ID", "CLIENT_SECRET"],
        };
        let alone = model
            .schemes
            .iter()
            .filter(|s| std::mem::discriminant(&s.kind) == std::mem::discriminant(&scheme.kind))
            .count()
            == 1;
        let upper = option.to_ascii_uppercase();
        let env = match config.and_then(|c| c.env.clone()) {
            Some(env) => env,
            None if parts.is_empty() => vec![settings.env_name(&upper)],
            None if alone => parts.iter().map(|p| settings.env_name(p)).collect(),
            None => parts
                .iter()
                .map(|p| settings.env_name(&format!("{upper}_{p}")))
                .collect(),
        };
        let wanted = parts.len().max(1);
        if env.len() != wanted {
            return Err(Error::Usage(format!(
                "client.auth.{}.env: the scheme takes {wanted} variable(s), {} given",
                scheme.name,
                env.len()
            )));
        }
        claim(
            &mut taken,
            &option,
            &format!("security scheme `{}`", scheme.name),
        )?;
        out.push(AuthOption {
            scheme,
            option,
            env,
        });
    }
    for header in &settings.client.headers {
        claim(
            &mut taken,
            &header.option,
            &format!("header `{}`", header.header),
        )?;
    }
    Ok(out)
}

fn claim(taken: &mut BTreeMap<String, String>, option: &str, what: &str) -> Result<(), Error> {
    let valid = crate::model::names::field_name(option, "x") == option;
    if !valid || BUILDER_METHODS.contains(&option) {
        return Err(Error::Usage(format!(
            "the builder method `{option}` for {what} is not a free snake_case name; set another in the [client] config"
        )));
    }
    if let Some(first) = taken.insert(option.to_owned(), what.to_owned()) {
        return Err(Error::Usage(format!(
            "{what} and {first} would both be set by `{option}`; rename one in the [client] config"
        )));
    }
    Ok(())
}

fn scheme_spec(o: &AuthOption<'_>) -> TokenStream {
    let name = &o.scheme.name;
    let option = &o.option;
    let env = &o.env;
    let kind = match &o.scheme.kind {
        SchemeKind::Bearer => quote!(security::SchemeKind::Bearer),
        SchemeKind::Basic => quote!(security::SchemeKind::Basic),
        SchemeKind::ApiKey { location, name } => {
            let location = match location {
                KeyLocation::Header => quote!(Header),
                KeyLocation::Query => quote!(Query),
                KeyLocation::Cookie => quote!(Cookie),
            };
            quote!(security::SchemeKind::ApiKey {
                location: sdk_runtime::auth::scheme::ApiKeyLocation::#location,
                name: #name,
            })
        }
        SchemeKind::ClientCredentials { token_url, scopes } => quote!(
            security::SchemeKind::OAuth2ClientCredentials { token_url: #token_url, scopes: &[#(#scopes),*] }
        ),
    };
    quote!(security::SchemeSpec { name: #name, kind: #kind, option: #option, env: &[#(#env),*] })
}

/// `&[&["A"], &["B", "C"]]`.
pub fn requirement_tokens(req: &[Vec<String>]) -> TokenStream {
    let alternatives = req.iter().map(|names| quote!(&[#(#names),*]));
    quote!(&[#(#alternatives),*])
}

fn variables(env: &[String]) -> String {
    env.iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The variables the builder reads, one Markdown list item each (for the
/// builder's docs and the README).
pub fn environment_items(
    model: &Model,
    settings: &Settings,
    options: &[AuthOption<'_>],
) -> Vec<String> {
    let mut items = vec![format!(
        "`{}`: the base URL (default `{}`).",
        settings.env_name("BASE_URL"),
        model.server_url
    )];
    for o in options {
        items.push(format!(
            "{}: the `{}` scheme (`{}(..)`).",
            variables(&o.env),
            o.scheme.name,
            o.option
        ));
    }
    for h in &settings.client.headers {
        if let Some(e) = &h.env {
            items.push(format!(
                "`{e}`: the `{}` header (`{}(..)`).",
                h.header, h.option
            ));
        }
    }
    items
}

fn credential_method(o: &AuthOption<'_>) -> TokenStream {
    let method = ident(&o.option);
    let name = &o.scheme.name;
    let what = match &o.scheme.kind {
        SchemeKind::Bearer => "a bearer token (`Authorization: Bearer`)".to_owned(),
        SchemeKind::Basic => "HTTP basic authentication".to_owned(),
        SchemeKind::ApiKey { location, name } => match location {
            KeyLocation::Header => format!("an API key in the `{name}` header"),
            KeyLocation::Query => format!("an API key in the `{name}` query parameter"),
            KeyLocation::Cookie => format!("an API key in the `{name}` cookie"),
        },
        SchemeKind::ClientCredentials { .. } => {
            "OAuth2 client credentials (a token is fetched and cached)".to_owned()
        }
    };
    let mut doc = format!(" Authenticates with {what}: the `{name}` scheme.");
    if let Some(d) = &o.scheme.docs {
        doc.push_str(&format!(" {}", super::docs::escape(d.trim())));
    }
    let default = format!(
        " Default: {}. Operations that declare another scheme use that one.",
        variables(&o.env)
    );
    let body = match &o.scheme.kind {
        SchemeKind::Bearer | SchemeKind::ApiKey { .. } => quote! {
            pub fn #method(self, secret: impl Into<sdk_runtime::SecretString>) -> Self {
                self.credential(#name, security::Credential::Secret(secret.into()))
            }
        },
        SchemeKind::Basic => quote! {
            pub fn #method(self, username: impl Into<String>, password: impl Into<sdk_runtime::SecretString>) -> Self {
                self.credential(#name, security::Credential::Basic { username: username.into(), password: password.into() })
            }
        },
        SchemeKind::ClientCredentials { .. } => quote! {
            pub fn #method(self, client_id: impl Into<String>, client_secret: impl Into<sdk_runtime::SecretString>) -> Self {
                self.credential(#name, security::Credential::ClientCredentials { client_id: client_id.into(), client_secret: client_secret.into() })
            }
        },
    };
    quote! {
        #[doc = #doc]
        ///
        #[doc = #default]
        #body
    }
}

/// `src/client.rs`.
pub fn client(
    model: &Model,
    settings: &Settings,
    tops: &BTreeMap<String, Vec<&Operation>>,
    options: &[AuthOption<'_>],
) -> Result<TokenStream, Error> {
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
    let specs = options.iter().map(scheme_spec);
    let default_security = requirement_tokens(&model.default_security);
    let credential_methods = options.iter().map(credential_method);
    let base_url_env = settings.env_name("BASE_URL");
    let mut setup = vec![quote! {
        .base_url_env(#base_url_env)
        .security(security::SecurityConfig::new(SCHEMES, DEFAULT_SECURITY))
    }];
    let mut header_methods = Vec::new();
    for h in &settings.client.headers {
        let (header, option) = (&h.header, &h.option);
        let env = match &h.env {
            Some(e) => quote!(Some(#e)),
            None => quote!(None),
        };
        setup.push(quote!(.header_option(#header, #option, None, #env)));
        let method = ident(option);
        let mut doc = format!(" Sends `{header}` with every request");
        if let Some(d) = &h.doc {
            doc.push_str(&format!(": {}", super::docs::escape(d.trim())));
        }
        doc.push('.');
        if let Some(e) = &h.env {
            doc.push_str(&format!(" Default: `{e}`."));
        }
        header_methods.push(quote! {
            #[doc = #doc]
            pub fn #method(self, value: impl Into<String>) -> Self {
                Self { inner: self.inner.header_option(#header, #option, Some(value.into()), #env) }
            }
        });
    }
    if let Some(parser) = &settings.client.error_parser {
        let path: syn::Path = syn::parse_str(parser).map_err(|e| {
            Error::Usage(format!(
                "client.error_parser `{parser}` is not a Rust path: {e}"
            ))
        })?;
        setup.push(quote!(.error_format(#path)));
    }
    let env_doc: Vec<String> = environment_items(model, settings, options)
        .iter()
        .map(|item| format!(" - {item}"))
        .collect();
    let credential_fn = (!options.is_empty()).then(|| {
        quote! {
            fn credential(self, scheme: &'static str, credential: security::Credential) -> Self {
                Self { inner: self.inner.credential(scheme, credential) }
            }
        }
    });
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
            pub fn http_client(self, client: sdk_runtime::transport::reqwest::Client) -> Self {
                Self { inner: self.inner.http_client(client) }
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
    })
}
