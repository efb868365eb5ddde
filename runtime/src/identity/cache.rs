//! The expiry-aware identity cache: a valid identity is handed out without
//! waiting; one that expires within the refresh window (minus a random
//! jitter, so that many clients do not refresh in step) is replaced by one
//! resolution, which every request that needs it at that moment awaits.

use futures_util::FutureExt;
use futures_util::future::{BoxFuture as SharedInput, Shared};
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use super::{Identity, ResolveIdentity};
use crate::error::Error;

/// How an [`IdentityCache`] decides that an identity needs refreshing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheSettings {
    /// An identity is refreshed this long before it expires.
    pub refresh_window: Duration,
    /// Up to this much more, chosen at random for each identity.
    pub jitter: Duration,
}

impl Default for CacheSettings {
    fn default() -> Self {
        Self {
            refresh_window: Duration::from_secs(60),
            jitter: Duration::from_secs(10),
        }
    }
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;
type Refresh<T> = Shared<SharedInput<'static, Result<Cached<T>, Arc<Error>>>>;

#[derive(Clone)]
struct Cached<T> {
    value: T,
    expires_at: Option<SystemTime>,
    refresh_at: Option<SystemTime>,
}

struct State<T> {
    current: Option<Cached<T>>,
    in_flight: Option<Refresh<T>>,
}

/// Resolves identities through a [`ResolveIdentity`] and keeps the current
/// one until shortly before it expires. Cheap to share behind an `Arc`;
/// every method takes `&self`.
///
/// - A valid identity is returned at once (a lock, a clone).
/// - When it is due for refresh, exactly one resolution runs, however many
///   requests wait; all of them get its result.
/// - A failed refresh is returned as the error of every waiter, unless the
///   old identity has not expired yet: then it is still used (and the next
///   request tries again).
/// - [`IdentityCache::uncached`] resolves on every call, for resolvers that
///   cache themselves.
pub struct IdentityCache<T> {
    resolver: Arc<dyn ResolveIdentity<T>>,
    settings: CacheSettings,
    caching: bool,
    clock: Clock,
    state: Mutex<State<T>>,
}

impl<T> fmt::Debug for IdentityCache<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdentityCache")
            .field("settings", &self.settings)
            .field("caching", &self.caching)
            .finish_non_exhaustive()
    }
}

impl<T: Clone + Send + Sync + 'static> IdentityCache<T> {
    /// A cache in front of `resolver`, with the default settings (refresh
    /// 60 s before expiry, plus up to 10 s of jitter).
    pub fn new(resolver: impl ResolveIdentity<T>) -> Self {
        Self {
            resolver: Arc::new(resolver),
            settings: CacheSettings::default(),
            caching: true,
            clock: Arc::new(SystemTime::now),
            state: Mutex::new(State {
                current: None,
                in_flight: None,
            }),
        }
    }

    /// No caching: `resolver` is asked on every call.
    pub fn uncached(resolver: impl ResolveIdentity<T>) -> Self {
        Self {
            caching: false,
            ..Self::new(resolver)
        }
    }

    /// Other refresh settings.
    pub fn settings(mut self, settings: CacheSettings) -> Self {
        self.settings = settings;
        self
    }

    /// Another clock (tests move time forward without sleeping).
    pub fn clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// A valid identity: the cached one, or a fresh one.
    pub async fn get(&self) -> Result<T, Error> {
        if !self.caching {
            return self.resolver.resolve().await.map(Identity::into_value);
        }
        let now = (self.clock)();
        let refresh = {
            let mut state = self.lock();
            if let Some(cached) = &state.current
                && cached.refresh_at.is_none_or(|at| now < at)
            {
                return Ok(cached.value.clone());
            }
            match &state.in_flight {
                Some(refresh) => refresh.clone(),
                None => {
                    let refresh = self.start_refresh();
                    state.in_flight = Some(refresh.clone());
                    refresh
                }
            }
        };
        let result = refresh.clone().await;
        let mut state = self.lock();
        if state.in_flight.as_ref().is_some_and(|f| f.ptr_eq(&refresh)) {
            state.in_flight = None;
            if let Ok(fresh) = &result {
                state.current = Some(fresh.clone());
            }
        }
        match result {
            Ok(fresh) => Ok(fresh.value),
            Err(error) => {
                let now = (self.clock)();
                match &state.current {
                    Some(old) if old.expires_at.is_some_and(|at| now < at) => {
                        tracing::warn!(error = %error, "identity refresh failed; the current one is still valid");
                        Ok(old.value.clone())
                    }
                    _ => Err(shared_error(&error)),
                }
            }
        }
    }

    /// Forgets the cached identity (after the server refused it, say).
    pub fn invalidate(&self) {
        self.lock().current = None;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State<T>> {
        // A panic while holding the lock leaves only a stale cache behind.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn start_refresh(&self) -> Refresh<T> {
        let resolver = Arc::clone(&self.resolver);
        let settings = self.settings;
        let clock = Arc::clone(&self.clock);
        async move {
            let identity = resolver.resolve().await.map_err(Arc::new)?;
            let now = clock();
            let refresh_at = identity.expires_at.map(|at| {
                let early = settings.refresh_window + settings.jitter.mul_f64(fastrand::f64());
                at.checked_sub(early).unwrap_or(now).max(now)
            });
            Ok(Cached {
                expires_at: identity.expires_at,
                refresh_at,
                value: identity.value,
            })
        }
        .boxed()
        .shared()
    }
}

/// The error of a shared resolution, as each waiter's own.
fn shared_error(error: &Arc<Error>) -> Error {
    #[derive(Debug)]
    struct Shared(Arc<Error>);
    impl fmt::Display for Shared {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.fmt(f)
        }
    }
    impl std::error::Error for Shared {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.0.source()
        }
    }
    match error.as_ref() {
        Error::Auth { message, .. } => Error::Auth {
            message: message.clone(),
            source: Some(Box::new(Shared(Arc::clone(error)))),
        },
        other => Error::Auth {
            message: format!("could not resolve the credential: {other}"),
            source: Some(Box::new(Shared(Arc::clone(error)))),
        },
    }
}
