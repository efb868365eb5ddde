//! The builder's credentials as code: the scheme specs and requirements
//! the runtime is given, the builder methods that set each scheme's
//! credential, and the variables' list in the docs. Which method and
//! variables a scheme gets is the model's decision
//! ([`crate::model::client_options`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::types::ident;
use crate::model::Model;
use crate::model::client_options::AuthOption;
use crate::model::security::{KeyLocation, SchemeKind};

/// The runtime's description of one scheme (`SchemeSpec`), for the
/// generated client's security table.
pub fn scheme_spec(o: &AuthOption) -> TokenStream {
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
pub fn environment_items(model: &Model) -> Vec<String> {
    let client = &model.client;
    let mut items = vec![format!(
        "`{}`: the base URL (default `{}`).",
        client.base_url_env, model.server_url
    )];
    for o in &client.auth {
        items.push(format!(
            "{}: the `{}` scheme (`{}(..)`).",
            variables(&o.env),
            o.scheme.name,
            o.option
        ));
    }
    for h in &client.headers {
        if let Some(e) = &h.env {
            items.push(format!(
                "`{e}`: the `{}` header (`{}(..)`).",
                h.header, h.option
            ));
        }
    }
    if let Some(env) = &client.webhook_secret_env {
        items.push(format!(
            "`{env}`: the secret that signs webhook deliveries (`webhook_secret(..)`)."
        ));
    }
    items
}

/// The `ClientBuilder` method that sets the credential of one scheme.
pub fn credential_method(o: &AuthOption) -> TokenStream {
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
            let resolver_doc = format!(
                " Authenticates the `{name}` scheme with access tokens from `resolver`, asked again before the last one expires (through the runtime's identity cache)."
            );
            let resolver = o.resolver.as_deref().map(|resolver| {
                let resolver = ident(resolver);
                quote! {
                    #[doc = #resolver_doc]
                    pub fn #resolver(self, resolver: impl sdk_runtime::identity::ResolveIdentity<sdk_runtime::SecretString>) -> Self {
                        self.credential(#name, security::Credential::access_tokens(resolver))
                    }
                }
            });
            quote! {
                pub fn #method(self, access_token: impl Into<sdk_runtime::SecretString>) -> Self {
                    self.credential(#name, security::Credential::Secret(access_token.into()))
                }
                #resolver
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
