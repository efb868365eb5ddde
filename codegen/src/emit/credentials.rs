//! The builder's credentials: for each security scheme of the document, the
//! `ClientBuilder` method that sets it and the environment variables read
//! for it (from the `[client]` config or the defaults), the scheme specs
//! and requirements the runtime is given, and the builder methods.

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

use super::types::ident;
use crate::error::Error;
use crate::model::Model;
use crate::model::security::{KeyLocation, Scheme, SchemeKind};
use crate::settings::Settings;

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
            SchemeKind::AccessToken { .. } => &["ACCESS_TOKEN"],
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

/// The runtime's description of one scheme (`SchemeSpec`), for the
/// generated client's security table.
pub fn scheme_spec(o: &AuthOption<'_>) -> TokenStream {
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
        SchemeKind::AccessToken { .. } => quote!(security::SchemeKind::AccessToken),
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
    if !model.webhooks.is_empty() {
        items.push(format!(
            "`{}`: the secret that signs webhook deliveries (`webhook_secret(..)`).",
            settings.env_name("WEBHOOK_SECRET")
        ));
    }
    items
}

/// The `ClientBuilder` method that sets the credential of one scheme.
pub fn credential_method(o: &AuthOption<'_>) -> TokenStream {
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
        SchemeKind::AccessToken { flows } => format!(
            "the user's access token (`Authorization: Bearer`; OAuth2 {}): a fixed one here, or one that is refreshed with `{}_resolver`",
            flows.join(", "),
            o.option
        ),
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
        SchemeKind::AccessToken { .. } => {
            let resolver = ident(&format!("{}_resolver", o.option));
            let resolver_doc = format!(
                " Authenticates the `{name}` scheme with access tokens from `resolver`, asked again before the last one expires (through the runtime's identity cache)."
            );
            quote! {
                pub fn #method(self, access_token: impl Into<sdk_runtime::SecretString>) -> Self {
                    self.credential(#name, security::Credential::Secret(access_token.into()))
                }
                #[doc = #resolver_doc]
                pub fn #resolver(self, resolver: impl sdk_runtime::identity::ResolveIdentity<sdk_runtime::SecretString>) -> Self {
                    self.credential(#name, security::Credential::access_tokens(resolver))
                }
            }
        }
    };
    quote! {
        #[doc = #doc]
        ///
        #[doc = #default]
        #body
    }
}
