//! Microsoft Entra ID tokens from the `azure_identity` crate (feature
//! `azure-identity`): any of its credentials, or a chain of the common
//! ones, asked for the Cognitive Services scope and cached by the runtime's
//! [`IdentityCache`](sdk_runtime::identity::IdentityCache) until shortly before
//! each token expires.

use std::sync::{Arc, OnceLock};

pub use azure_core::credentials::TokenCredential;

use sdk_runtime::auth::BoxFuture;
use sdk_runtime::env::Environment;
use sdk_runtime::error::Error;
use sdk_runtime::identity::{Identity, ResolveIdentity};
use sdk_runtime::secret::SecretString;

/// The scope Azure OpenAI tokens are issued for.
pub const COGNITIVE_SERVICES_SCOPE: &str = "https://cognitiveservices.azure.com/.default";

/// Tokens from one credential.
pub(crate) struct CredentialResolver {
    pub(crate) credential: Arc<dyn TokenCredential>,
    pub(crate) scope: String,
}

impl ResolveIdentity<SecretString> for CredentialResolver {
    fn resolve(&self) -> BoxFuture<'_, Result<Identity<SecretString>, Error>> {
        Box::pin(async move { token(self.credential.as_ref(), &self.scope).await })
    }
}

async fn token(
    credential: &dyn TokenCredential,
    scope: &str,
) -> Result<Identity<SecretString>, Error> {
    let token = credential.get_token(&[scope], None).await.map_err(|e| {
        Error::auth_with_source("Azure OpenAI: Microsoft Entra ID gave no token", e)
    })?;
    Ok(Identity::new(
        SecretString::from(token.token.secret().to_owned()),
        Some(token.expires_on.into()),
    ))
}

/// The credentials tried in order, as the other Azure SDKs' default
/// credential does; the first that gives a token is used from then on.
pub(crate) struct ChainResolver {
    sources: Vec<(&'static str, Arc<dyn TokenCredential>)>,
    chosen: OnceLock<usize>,
    scope: String,
}

impl ChainResolver {
    /// The chain for this environment: a service principal
    /// (`AZURE_TENANT_ID`, `AZURE_CLIENT_ID`, `AZURE_CLIENT_SECRET`),
    /// workload identity (`AZURE_FEDERATED_TOKEN_FILE`), managed identity,
    /// then the Azure CLI and Azure Developer CLI.
    pub(crate) fn from_environment(env: &Environment, scope: String) -> Result<Self, Error> {
        // azure_core's HTTP client is a reqwest client without a crypto
        // provider of its own: use the runtime's.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let failed = |what: &str, e: azure_core::Error| {
            Error::auth_with_source(format!("Azure OpenAI: cannot set up {what}"), e)
        };
        let mut sources: Vec<(&'static str, Arc<dyn TokenCredential>)> = Vec::new();
        if let (Some(tenant), Some(client), Some(secret)) = (
            env.non_empty("AZURE_TENANT_ID"),
            env.non_empty("AZURE_CLIENT_ID"),
            env.non_empty("AZURE_CLIENT_SECRET"),
        ) {
            let credential =
                azure_identity::ClientSecretCredential::new(&tenant, client, secret.into(), None)
                    .map_err(|e| failed("the service principal from AZURE_CLIENT_SECRET", e))?;
            sources.push(("service principal", credential));
        }
        if env.non_empty("AZURE_FEDERATED_TOKEN_FILE").is_some() {
            let credential = azure_identity::WorkloadIdentityCredential::new(None)
                .map_err(|e| failed("workload identity", e))?;
            sources.push(("workload identity", credential));
        }
        let managed = azure_identity::ManagedIdentityCredential::new(None)
            .map_err(|e| failed("managed identity", e))?;
        sources.push(("managed identity", managed));
        let tools = azure_identity::DeveloperToolsCredential::new(None)
            .map_err(|e| failed("the Azure CLI credential", e))?;
        sources.push(("Azure CLI", tools));
        Ok(Self::new(sources, scope))
    }

    pub(crate) fn new(
        sources: Vec<(&'static str, Arc<dyn TokenCredential>)>,
        scope: String,
    ) -> Self {
        Self {
            sources,
            chosen: OnceLock::new(),
            scope,
        }
    }
}

impl ResolveIdentity<SecretString> for ChainResolver {
    fn resolve(&self) -> BoxFuture<'_, Result<Identity<SecretString>, Error>> {
        Box::pin(async move {
            if let Some(&i) = self.chosen.get() {
                return token(self.sources[i].1.as_ref(), &self.scope).await;
            }
            let mut failures = Vec::new();
            for (i, (name, credential)) in self.sources.iter().enumerate() {
                match token(credential.as_ref(), &self.scope).await {
                    Ok(identity) => {
                        let _ = self.chosen.set(i);
                        tracing::debug!(credential = name, "Microsoft Entra ID credential chosen");
                        return Ok(identity);
                    }
                    Err(e) => {
                        let cause = std::error::Error::source(&e)
                            .map(|s| s.to_string())
                            .unwrap_or_default();
                        failures.push(format!("{name}: {cause}"));
                    }
                }
            }
            Err(Error::auth(format!(
                "Azure OpenAI: no Microsoft Entra ID credential gave a token ({})",
                failures.join("; ")
            )))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use azure_core::credentials::{AccessToken, TokenRequestOptions};
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Debug)]
    struct Source {
        token: Option<&'static str>,
        calls: AtomicUsize,
    }

    #[async_trait::async_trait]
    impl TokenCredential for Source {
        async fn get_token(
            &self,
            _: &[&str],
            _: Option<TokenRequestOptions<'_>>,
        ) -> azure_core::Result<AccessToken> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            match self.token {
                Some(token) => Ok(AccessToken::new(
                    token,
                    azure_core::time::OffsetDateTime::now_utc()
                        + azure_core::time::Duration::hours(1),
                )),
                None => Err(azure_core::Error::with_message(
                    azure_core::error::ErrorKind::Credential,
                    "unavailable here",
                )),
            }
        }
    }

    fn source(token: Option<&'static str>) -> Arc<Source> {
        Arc::new(Source {
            token,
            calls: AtomicUsize::new(0),
        })
    }

    #[tokio::test]
    async fn the_first_credential_that_gives_a_token_is_kept() {
        let (managed, cli, last) = (source(None), source(Some("from-cli")), source(Some("x")));
        let chain = ChainResolver::new(
            vec![
                (
                    "managed identity",
                    managed.clone() as Arc<dyn TokenCredential>,
                ),
                ("Azure CLI", cli.clone()),
                ("last", last.clone()),
            ],
            COGNITIVE_SERVICES_SCOPE.to_owned(),
        );
        for _ in 0..2 {
            let identity = chain.resolve().await.expect("token");
            assert_eq!(identity.value().expose(), "from-cli");
            assert!(identity.expires_at().is_some());
        }
        assert_eq!(managed.calls.load(Ordering::SeqCst), 1);
        assert_eq!(cli.calls.load(Ordering::SeqCst), 2);
        assert_eq!(last.calls.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn a_chain_where_none_gives_a_token_names_each_failure() {
        let chain = ChainResolver::new(
            vec![
                ("managed identity", source(None) as Arc<dyn TokenCredential>),
                ("Azure CLI", source(None)),
            ],
            COGNITIVE_SERVICES_SCOPE.to_owned(),
        );
        let error = chain.resolve().await.expect_err("none");
        let text = error.to_string();
        assert!(
            text.contains("managed identity: unavailable here"),
            "{text}"
        );
        assert!(text.contains("Azure CLI: unavailable here"), "{text}");
    }
}
