//! An API's declared authentication: its security schemes, the credentials
//! configured for them (explicitly or from the environment), and the
//! per-operation choice among the alternatives an operation accepts.
//!
//! Generated clients describe their schemes with [`SchemeSpec`]s and hand a
//! [`SecurityConfig`] to the [`ClientBuilder`](crate::ClientBuilder); each
//! request then carries its operation's requirement (see
//! [`RequestSpec::security`](crate::RequestSpec::security)) and
//! [`Schemes`] applies the first alternative whose credentials are all
//! configured.

use http::HeaderName;
use std::fmt;
use std::sync::Arc;

use super::oauth2::ClientCredentials;
use super::scheme::{ApiKey, ApiKeyLocation, Basic, Bearer, ResolvedBearer};
use super::{Authenticator, BoxFuture, OutgoingRequest};
use crate::env::Environment;
use crate::error::Error;
use crate::identity::{IdentityCache, ResolveIdentity};
use crate::secret::SecretString;

/// The schemes that must all be applied together (one entry of an
/// operation's `security` list).
pub type Requirement = &'static [&'static str];

/// Alternatives, any one of which authenticates an operation. Empty: the
/// operation is anonymous. An empty alternative (`{}`) makes credentials
/// optional.
pub type Security = &'static [Requirement];

/// What a security scheme is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// HTTP `bearer`: one secret (a token).
    Bearer,
    /// HTTP `basic`: a username and a password.
    Basic,
    /// `apiKey`: one secret sent under `name`.
    ApiKey {
        /// Header, query parameter or cookie.
        location: ApiKeyLocation,
        /// The header, parameter or cookie name.
        name: &'static str,
    },
    /// OAuth2 flows that need a user (authorization code, implicit,
    /// password) and OpenID Connect: the user's access token, sent as a
    /// bearer token; a fixed one, or one from a resolver, refreshed before
    /// it expires.
    AccessToken,
    /// OAuth2 `clientCredentials` flow: a client id and secret exchanged for
    /// a bearer token at `token_url`.
    OAuth2ClientCredentials {
        /// The token endpoint (absolute, or relative to the request's origin).
        token_url: &'static str,
        /// The scopes requested.
        scopes: &'static [&'static str],
    },
}

/// One security scheme as a generated client declares it.
#[derive(Debug, Clone, Copy)]
pub struct SchemeSpec {
    /// The scheme's name in `components.securitySchemes`.
    pub name: &'static str,
    /// What it is.
    pub kind: SchemeKind,
    /// The builder method that sets it, for messages (`"api_key"`).
    pub option: &'static str,
    /// The environment variables that configure it: one for a token or key;
    /// two (username and password, or client id and secret) otherwise.
    pub env: &'static [&'static str],
}

/// A credential for one scheme.
#[derive(Clone)]
pub enum Credential {
    /// A bearer token or an API key.
    Secret(SecretString),
    /// A username and password (HTTP basic).
    Basic {
        /// The username.
        username: String,
        /// The password.
        password: SecretString,
    },
    /// An OAuth2 client id and secret.
    ClientCredentials {
        /// The client id.
        client_id: String,
        /// The client secret.
        client_secret: SecretString,
    },
    /// Access tokens from a resolver, cached until shortly before they
    /// expire ([`Credential::access_tokens`]).
    AccessTokens(Arc<IdentityCache<SecretString>>),
}

impl Credential {
    /// Access tokens from `resolver` (a refresh-token exchange, a token
    /// store), asked again shortly before the current one expires.
    pub fn access_tokens(resolver: impl ResolveIdentity<SecretString>) -> Self {
        Self::AccessTokens(Arc::new(IdentityCache::new(resolver)))
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Secret(_) => f.write_str("Secret([redacted])"),
            Self::Basic { username, .. } => write!(f, "Basic({username}, [redacted])"),
            Self::ClientCredentials { client_id, .. } => {
                write!(f, "ClientCredentials({client_id}, [redacted])")
            }
            Self::AccessTokens(_) => f.write_str("AccessTokens([redacted])"),
        }
    }
}

/// The schemes of an API, its default requirement, and the credentials
/// given explicitly.
#[derive(Debug, Clone, Default)]
pub struct SecurityConfig {
    schemes: &'static [SchemeSpec],
    default: Security,
    given: Vec<(&'static str, Credential)>,
}

impl SecurityConfig {
    /// An API with `schemes`, whose operations need `default` unless they
    /// say otherwise.
    pub fn new(schemes: &'static [SchemeSpec], default: Security) -> Self {
        Self {
            schemes,
            default,
            given: Vec::new(),
        }
    }

    /// Sets the credential of `scheme` (replacing an earlier one).
    pub fn set(&mut self, scheme: &'static str, credential: Credential) {
        self.given.retain(|(name, _)| *name != scheme);
        self.given.push((scheme, credential));
    }

    /// The builder options that were set explicitly.
    pub(crate) fn given_options(&self) -> Vec<&'static str> {
        self.given
            .iter()
            .map(|(name, _)| self.spec(name).map_or(*name, |s| s.option))
            .collect()
    }

    fn spec(&self, name: &str) -> Option<&'static SchemeSpec> {
        self.schemes.iter().find(|s| s.name == name)
    }

    /// Builds the authenticator: explicit credentials first, then the
    /// environment. Fails when the API declares authentication and no
    /// scheme is configured, naming the options and variables.
    pub(crate) fn resolve(self, env: &Environment) -> Result<Schemes, Error> {
        for (name, _) in &self.given {
            if self.spec(name).is_none() {
                return Err(Error::config(format!(
                    "`{name}` is not a security scheme of this API"
                )));
            }
        }
        let mut schemes = Schemes {
            configured: Vec::new(),
            specs: self.schemes,
            default: self.default,
        };
        for spec in self.schemes {
            let given = self
                .given
                .iter()
                .find(|(name, _)| *name == spec.name)
                .map(|(_, c)| c.clone());
            let credential = given.or_else(|| from_env(spec, env));
            if let Some(credential) = credential {
                schemes
                    .configured
                    .push((spec.name, authenticator(spec, credential)?));
            }
        }
        let needs_auth = !self.default.is_empty() && !self.default.iter().any(|r| r.is_empty());
        if schemes.configured.is_empty() && needs_auth {
            let options: Vec<String> = self.schemes.iter().map(hint).collect();
            return Err(Error::config(format!(
                "no credentials: {}",
                options.join("; or ")
            )));
        }
        Ok(schemes)
    }
}

fn hint(spec: &SchemeSpec) -> String {
    let vars: Vec<String> = spec.env.iter().map(|v| format!("`{v}`")).collect();
    if vars.is_empty() {
        format!("pass `{}(..)`", spec.option)
    } else {
        format!("pass `{}(..)` or set {}", spec.option, vars.join(" and "))
    }
}

fn from_env(spec: &SchemeSpec, env: &Environment) -> Option<Credential> {
    let var = |i: usize| spec.env.get(i).and_then(|name| env.non_empty(name));
    match spec.kind {
        SchemeKind::Bearer | SchemeKind::ApiKey { .. } | SchemeKind::AccessToken => {
            var(0).map(|v| Credential::Secret(SecretString::from(v)))
        }
        SchemeKind::Basic => Some(Credential::Basic {
            username: var(0)?,
            password: SecretString::from(var(1)?),
        }),
        SchemeKind::OAuth2ClientCredentials { .. } => Some(Credential::ClientCredentials {
            client_id: var(0)?,
            client_secret: SecretString::from(var(1)?),
        }),
    }
}

fn authenticator(
    spec: &SchemeSpec,
    credential: Credential,
) -> Result<Arc<dyn Authenticator>, Error> {
    let mismatch = || {
        Error::config(format!(
            "`{}` takes a different kind of credential",
            spec.option
        ))
    };
    Ok(match (spec.kind, credential) {
        (SchemeKind::Bearer | SchemeKind::AccessToken, Credential::Secret(token)) => {
            Arc::new(Bearer::new(token)?)
        }
        (SchemeKind::AccessToken, Credential::AccessTokens(tokens)) => {
            Arc::new(ResolvedBearer::new(tokens))
        }
        (SchemeKind::ApiKey { location, name }, Credential::Secret(key)) => {
            Arc::new(ApiKey::new(location, name, key)?)
        }
        (SchemeKind::Basic, Credential::Basic { username, password }) => {
            Arc::new(Basic::new(username, password)?)
        }
        (
            SchemeKind::OAuth2ClientCredentials { token_url, scopes },
            Credential::ClientCredentials {
                client_id,
                client_secret,
            },
        ) => Arc::new(ClientCredentials::new(
            token_url,
            client_id,
            client_secret,
            scopes.iter().map(|s| (*s).to_owned()).collect(),
        )?),
        _ => return Err(mismatch()),
    })
}

/// Applies, to each request, the first alternative of its operation's
/// requirement whose schemes are all configured.
#[derive(Clone)]
pub struct Schemes {
    configured: Vec<(&'static str, Arc<dyn Authenticator>)>,
    specs: &'static [SchemeSpec],
    default: Security,
}

impl Schemes {
    /// The names of the configured schemes.
    pub fn configured(&self) -> Vec<&'static str> {
        self.configured.iter().map(|(name, _)| *name).collect()
    }

    fn get(&self, name: &str) -> Option<&Arc<dyn Authenticator>> {
        self.configured
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| a)
    }

    fn missing(&self, security: Security) -> Error {
        let describe = |req: &Requirement| -> String {
            req.iter()
                .map(|name| {
                    self.specs
                        .iter()
                        .find(|s| s.name == *name)
                        .map_or_else(|| format!("`{name}`"), |s| format!("{name} ({})", hint(s)))
                })
                .collect::<Vec<_>>()
                .join(" and ")
        };
        let wanted: Vec<String> = security.iter().map(describe).collect();
        Error::auth(format!(
            "this operation needs credentials that are not configured: {}",
            wanted.join("; or ")
        ))
    }
}

impl fmt::Debug for Schemes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Schemes")
            .field("configured", &self.configured())
            .finish_non_exhaustive()
    }
}

impl Authenticator for Schemes {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let security = request.security().unwrap_or(self.default);
        let chosen = security
            .iter()
            .find(|req| !req.is_empty() && req.iter().all(|name| self.get(name).is_some()));
        // One scheme (the usual case): its own future, nothing around it.
        if let Some([name]) = chosen
            && let Some(auth) = self.get(name)
        {
            return auth.authenticate(request);
        }
        match chosen {
            Some(req) => Box::pin(async move {
                for name in req.iter() {
                    if let Some(auth) = self.get(name) {
                        auth.authenticate(request).await?;
                    }
                }
                Ok(())
            }),
            // Anonymous, or credentials optional and none configured.
            None if security.iter().all(|req| !req.is_empty()) && !security.is_empty() => {
                let error = self.missing(security);
                Box::pin(async move { Err(error) })
            }
            None => Box::pin(async { Ok(()) }),
        }
    }

    fn sensitive_headers(&self) -> Vec<HeaderName> {
        self.configured
            .iter()
            .flat_map(|(_, a)| a.sensitive_headers())
            .collect()
    }

    fn sensitive_query_params(&self) -> Vec<String> {
        self.configured
            .iter()
            .flat_map(|(_, a)| a.sensitive_query_params())
            .collect()
    }
}
