//! What the generated client's builder offers, decided once: for each
//! security scheme of the document the `ClientBuilder` method that sets it
//! and the environment variables read for it (from the `[client]` config
//! or the defaults, checked for collisions with each other, the header
//! options and the builder's own methods), and the names of the
//! variables of the base URL, the webhook secret and the conformance
//! tests' mock.

use std::collections::BTreeMap;

use super::Model;
use super::security::{Scheme, SchemeKind};
use crate::error::Error;
use crate::settings::{HeaderConfig, Settings};

/// The builder's options, as the emitter prints them.
#[derive(Debug, Clone, Default)]
pub struct ClientOptions {
    /// One per scheme the runtime implements, in document order.
    pub auth: Vec<AuthOption>,
    /// The variable of the base URL.
    pub base_url_env: String,
    /// The variable of the webhook secret, when the API has webhooks.
    pub webhook_secret_env: Option<String>,
    /// The variable of the conformance tests' mock URL.
    pub mock_url_env: String,
    /// Optional headers the builder sets (`[[client.headers]]`).
    pub headers: Vec<HeaderConfig>,
    /// Error codes that no retry fixes.
    pub not_retrying_codes: Vec<String>,
    /// The error format's Rust path (`client.error_parser`), checked.
    pub error_parser: Option<String>,
}

impl ClientOptions {
    /// The options of `model`'s client under `settings`.
    pub fn decide(model: &Model, settings: &Settings) -> Result<Self, Error> {
        let client = &settings.client;
        if let Some(parser) = &client.error_parser
            && let Err(e) = syn::parse_str::<syn::Path>(parser)
        {
            return Err(Error::Usage(format!(
                "client.error_parser `{parser}` is not a Rust path: {e}"
            )));
        }
        Ok(Self {
            auth: auth_options(model, settings)?,
            headers: client.headers.clone(),
            not_retrying_codes: client.not_retrying_codes.clone(),
            error_parser: client.error_parser.clone(),
            base_url_env: settings.env_name("BASE_URL"),
            webhook_secret_env: (!model.webhooks.is_empty())
                .then(|| settings.env_name("WEBHOOK_SECRET")),
            mock_url_env: settings.env_name("MOCK_URL"),
        })
    }
}

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
pub struct AuthOption {
    /// The scheme.
    pub scheme: Scheme,
    /// The builder method.
    pub option: String,
    /// The builder method that takes a resolver of access tokens
    /// (`{option}_resolver`), for schemes whose tokens the user obtains.
    pub resolver: Option<String>,
    /// The environment variables.
    pub env: Vec<String>,
}

/// The builder method and variables of each scheme, from the config or
/// the defaults. Config entries that name no scheme, and options that
/// collide, are errors that name them.
fn auth_options(model: &Model, settings: &Settings) -> Result<Vec<AuthOption>, Error> {
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
        let what = format!("security scheme `{}`", scheme.name);
        claim(&mut taken, &option, &what)?;
        let resolver = matches!(scheme.kind, SchemeKind::AccessToken { .. })
            .then(|| format!("{option}_resolver"));
        if let Some(resolver) = &resolver {
            claim(&mut taken, resolver, &what)?;
        }
        out.push(AuthOption {
            scheme: scheme.clone(),
            option,
            resolver,
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

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use serde_json::json;

    use crate::load::Document;
    use crate::model::Model;
    use crate::settings::{HeaderConfig, Settings};

    fn doc() -> Document {
        Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://id.example"}}}
        }))
        .expect("document")
    }

    fn settings(header_option: &str) -> Settings {
        let mut s = Settings::standalone(PathBuf::from("out"), Path::new("sdk-runtime"));
        s.client.headers.push(HeaderConfig {
            header: "x-team".into(),
            option: header_option.into(),
            env: None,
            doc: None,
        });
        s
    }

    #[test]
    fn schemes_whose_tokens_the_user_obtains_get_a_resolver_method() {
        let m = Model::configured(doc(), &settings("team"))
            .expect("model")
            .model;
        let methods: Vec<(&str, Option<&str>)> = (m.client.auth.iter())
            .map(|o| (o.option.as_str(), o.resolver.as_deref()))
            .collect();
        assert_eq!(methods, [("bearer", None), ("oidc", Some("oidc_resolver"))]);
    }

    #[test]
    fn a_resolver_method_may_not_clash_with_another_option() {
        let Err(e) = Model::configured(doc(), &settings("oidc_resolver")) else {
            panic!("the header option takes the resolver's name")
        };
        let text = e.to_string();
        assert!(
            text.contains("would both be set by `oidc_resolver`"),
            "{text}"
        );
    }
}
