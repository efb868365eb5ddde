//! A bearer token that changes: resolved by a user's [`ResolveIdentity`]
//! (a token service, a file a sidecar rewrites) and kept by the shared
//! [`IdentityCache`], or asked for on every attempt.
//!
//! ```
//! use sdk_runtime::auth::resolved::ResolvedBearer;
//! use sdk_runtime::identity::{Identity, resolver_fn};
//! use std::time::{Duration, SystemTime};
//!
//! let auth = ResolvedBearer::new(resolver_fn(|| async {
//!     let token = "fetched-token".to_owned(); // from your token service
//!     let expires = SystemTime::now() + Duration::from_secs(3600);
//!     Ok(Identity::new(token.into(), Some(expires)))
//! }));
//! // Client::builder(url).authenticator(auth)
//! # let _ = auth;
//! ```

use std::fmt;

use super::{Authenticator, BoxFuture, OutgoingRequest};
use crate::error::Error;
use crate::identity::{IdentityCache, ResolveIdentity};
use crate::secret::SecretString;

/// `Authorization: Bearer <token>` with the token from an identity cache.
pub struct ResolvedBearer {
    cache: IdentityCache<SecretString>,
}

impl ResolvedBearer {
    /// Tokens from `resolver`, cached until shortly before they expire.
    pub fn new(resolver: impl ResolveIdentity<SecretString>) -> Self {
        Self {
            cache: IdentityCache::new(resolver),
        }
    }

    /// Tokens from a cache you configured ([`IdentityCache::uncached`] to
    /// ask the resolver on every attempt).
    pub fn from_cache(cache: IdentityCache<SecretString>) -> Self {
        Self { cache }
    }
}

impl fmt::Debug for ResolvedBearer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResolvedBearer")
            .field("cache", &self.cache)
            .finish()
    }
}

impl Authenticator for ResolvedBearer {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            let token = self.cache.get().await?;
            if token.is_blank() {
                return Err(Error::auth("the token resolver returned an empty token"));
            }
            let mut value = http::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
                .map_err(|_| {
                    Error::auth("the token resolver returned a token that is not valid header text")
                })?;
            value.set_sensitive(true);
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, value);
            Ok(())
        })
    }
}
