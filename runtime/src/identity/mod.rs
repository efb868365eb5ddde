//! Identities (tokens, keys, cloud credentials) are *resolved* by a
//! [`ResolveIdentity`] and *cached* by one [`IdentityCache`], apart from
//! the authenticators that sign with them. Every scheme that fetches a
//! credential shares the same cache behaviour: the OAuth2 client-credentials
//! flow, a provider's cloud credential chain, and any resolver a user
//! writes.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use crate::auth::BoxFuture;
use crate::error::Error;

mod cache;

pub use cache::{CacheSettings, IdentityCache};

/// A credential with the moment it stops being valid.
#[derive(Clone)]
pub struct Identity<T> {
    value: T,
    expires_at: Option<SystemTime>,
}

impl<T> Identity<T> {
    /// A credential valid until `expires_at` (`None`: until further notice).
    pub fn new(value: T, expires_at: Option<SystemTime>) -> Self {
        Self { value, expires_at }
    }
    /// The credential.
    pub fn value(&self) -> &T {
        &self.value
    }
    /// When it expires.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }
    /// The credential, dropping the expiry.
    pub fn into_value(self) -> T {
        self.value
    }
}

impl<T> fmt::Debug for Identity<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The value is a secret.
        f.debug_struct("Identity")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// Produces a fresh identity: fetches a token, reads a credential chain.
/// Called by an [`IdentityCache`] when it holds nothing valid.
pub trait ResolveIdentity<T>: Send + Sync + 'static {
    /// A fresh identity, or why there is none (in words that name no
    /// secret).
    fn resolve(&self) -> BoxFuture<'_, Result<Identity<T>, Error>>;
}

impl<T, R: ResolveIdentity<T> + ?Sized> ResolveIdentity<T> for Arc<R> {
    fn resolve(&self) -> BoxFuture<'_, Result<Identity<T>, Error>> {
        (**self).resolve()
    }
}

/// A resolver from an async closure: `resolver_fn(|| async { .. })`.
pub fn resolver_fn<T, F, Fut>(f: F) -> impl ResolveIdentity<T>
where
    T: 'static,
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Identity<T>, Error>> + Send + 'static,
{
    struct FnResolver<F>(F);
    impl<T, F, Fut> ResolveIdentity<T> for FnResolver<F>
    where
        T: 'static,
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<Identity<T>, Error>> + Send + 'static,
    {
        fn resolve(&self) -> BoxFuture<'_, Result<Identity<T>, Error>> {
            Box::pin((self.0)())
        }
    }
    FnResolver(f)
}
