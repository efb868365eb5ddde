//! The shared identity cache: expiry and the refresh window on a clock the
//! test moves, many concurrent requests served by one resolution, resolver
//! errors surfaced to every waiter, a still-valid identity kept when a
//! refresh fails, and resolvers that opt out of caching.

use sdk_runtime::Error;
use sdk_runtime::identity::{CacheSettings, Identity, IdentityCache, resolver_fn};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const START: u64 = 1_800_000_000;

/// A clock the test moves by hand.
#[derive(Clone, Default)]
struct Clock(Arc<AtomicU64>);

impl Clock {
    fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(START + self.0.load(Ordering::SeqCst))
    }
    fn advance(&self, secs: u64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

const NO_JITTER: CacheSettings = CacheSettings {
    refresh_window: Duration::from_secs(60),
    jitter: Duration::ZERO,
};

/// A cache whose resolver hands out `token-N` valid for `lifetime` seconds
/// of the test clock, counting its calls; it fails while `failing` is set.
fn counting_cache(
    clock: &Clock,
    lifetime: u64,
) -> (IdentityCache<String>, Arc<AtomicUsize>, Arc<AtomicBool>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let failing = Arc::new(AtomicBool::new(false));
    let (c, f, time) = (Arc::clone(&calls), Arc::clone(&failing), clock.clone());
    let resolver = resolver_fn(move || {
        let n = c.fetch_add(1, Ordering::SeqCst);
        let fail = f.load(Ordering::SeqCst);
        let expires = time.now() + Duration::from_secs(lifetime);
        async move {
            if fail {
                return Err(Error::auth("the token endpoint refused the client"));
            }
            Ok(Identity::new(format!("token-{n}"), Some(expires)))
        }
    });
    let time = clock.clone();
    let cache = IdentityCache::new(resolver)
        .settings(NO_JITTER)
        .clock(move || time.now());
    (cache, calls, failing)
}

#[tokio::test]
async fn an_identity_is_reused_until_the_refresh_window() {
    let clock = Clock::default();
    let (cache, calls, _) = counting_cache(&clock, 300);
    assert_eq!(cache.get().await.expect("first"), "token-0");
    clock.advance(200);
    assert_eq!(cache.get().await.expect("cached"), "token-0");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // 300 - 60: inside the refresh window now.
    clock.advance(40);
    assert_eq!(cache.get().await.expect("refreshed"), "token-1");
    assert_eq!(cache.get().await.expect("cached again"), "token-1");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    cache.invalidate();
    assert_eq!(cache.get().await.expect("after invalidate"), "token-2");
}

#[tokio::test]
async fn identities_without_expiry_are_kept() {
    let calls = Arc::new(AtomicUsize::new(0));
    let c = Arc::clone(&calls);
    let cache = IdentityCache::new(resolver_fn(move || {
        c.fetch_add(1, Ordering::SeqCst);
        async { Ok(Identity::new(7u32, None)) }
    }));
    for _ in 0..5 {
        assert_eq!(cache.get().await.expect("value"), 7);
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_requests_share_one_resolution() {
    let calls = Arc::new(AtomicUsize::new(0));
    let c = Arc::clone(&calls);
    let cache = Arc::new(IdentityCache::new(resolver_fn(move || {
        let n = c.fetch_add(1, Ordering::SeqCst);
        async move {
            // Long enough that every task arrives while it runs.
            tokio::time::sleep(Duration::from_millis(100)).await;
            Ok(Identity::new(
                format!("token-{n}"),
                Some(SystemTime::now() + Duration::from_secs(3600)),
            ))
        }
    })));
    let tasks: Vec<_> = (0..64)
        .map(|_| {
            let cache = Arc::clone(&cache);
            tokio::spawn(async move { cache.get().await })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.expect("task").expect("token"), "token-0");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_resolution_is_every_waiters_error() {
    let calls = Arc::new(AtomicUsize::new(0));
    let c = Arc::clone(&calls);
    let cache = Arc::new(IdentityCache::<String>::new(resolver_fn(move || {
        c.fetch_add(1, Ordering::SeqCst);
        async {
            tokio::time::sleep(Duration::from_millis(100)).await;
            Err(Error::auth("the credential chain found nothing"))
        }
    })));
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let cache = Arc::clone(&cache);
            tokio::spawn(async move { cache.get().await })
        })
        .collect();
    for task in tasks {
        let error = task.await.expect("task").expect_err("no identity");
        assert!(matches!(error, Error::Auth { .. }), "{error:?}");
        assert!(
            error
                .to_string()
                .contains("the credential chain found nothing"),
            "{error}"
        );
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1, "one resolution for all");
    // The failure is not cached: the next request tries again.
    assert!(cache.get().await.is_err());
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_valid_identity_outlives_a_failed_refresh() {
    let clock = Clock::default();
    let (cache, calls, failing) = counting_cache(&clock, 300);
    assert_eq!(cache.get().await.expect("first"), "token-0");
    failing.store(true, Ordering::SeqCst);
    // In the refresh window, not expired: the refresh fails, the old one
    // is still good.
    clock.advance(250);
    assert_eq!(cache.get().await.expect("still valid"), "token-0");
    // Expired: the failure surfaces.
    clock.advance(60);
    let error = cache.get().await.expect_err("expired");
    assert!(error.to_string().contains("refused the client"), "{error}");
    failing.store(false, Ordering::SeqCst);
    assert_eq!(cache.get().await.expect("recovered"), "token-3");
    assert_eq!(calls.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn an_uncached_resolver_is_asked_every_time() {
    let calls = Arc::new(AtomicUsize::new(0));
    let c = Arc::clone(&calls);
    let cache = IdentityCache::uncached(resolver_fn(move || {
        let n = c.fetch_add(1, Ordering::SeqCst);
        async move {
            Ok(Identity::new(
                n,
                Some(SystemTime::now() + Duration::from_secs(3600)),
            ))
        }
    }));
    for expected in 0..3 {
        assert_eq!(cache.get().await.expect("value"), expected);
    }
}

#[tokio::test]
async fn jitter_refreshes_early_within_its_bound() {
    // With a 100 s jitter, a 1000 s identity is refreshed somewhere in
    // [1000 - 60 - 100, 1000 - 60]: never before 840 s, always by 940 s.
    for _ in 0..20 {
        let clock = Clock::default();
        let calls = Arc::new(AtomicUsize::new(0));
        let (c, time) = (Arc::clone(&calls), clock.clone());
        let t = clock.clone();
        let cache = IdentityCache::new(resolver_fn(move || {
            c.fetch_add(1, Ordering::SeqCst);
            let expires = time.now() + Duration::from_secs(1000);
            async move { Ok(Identity::new((), Some(expires))) }
        }))
        .settings(CacheSettings {
            refresh_window: Duration::from_secs(60),
            jitter: Duration::from_secs(100),
        })
        .clock(move || t.now());
        cache.get().await.expect("first");
        clock.advance(839);
        cache.get().await.expect("cached");
        assert_eq!(calls.load(Ordering::SeqCst), 1, "not before 840 s");
        clock.advance(101);
        cache.get().await.expect("refreshed");
        assert_eq!(calls.load(Ordering::SeqCst), 2, "by 940 s");
    }
}

/// A client authenticated by a user's resolver: cached, one token for
/// every attempt; uncached, a fresh one for each.
#[tokio::test]
async fn a_users_token_resolver_authenticates_requests() {
    use mock_http::{MockServer, Recorded, Reply};
    use sdk_runtime::auth::resolved::ResolvedBearer;
    use sdk_runtime::{Client, Environment, Method, RequestSpec, SecretString};

    let server = MockServer::start(|r: &Recorded| match r.index % 2 {
        0 => Reply::json(503, "{}").with_header("retry-after-ms", "1"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let resolver = |calls: Arc<AtomicUsize>| {
        resolver_fn(move || {
            let n = calls.fetch_add(1, Ordering::SeqCst);
            async move {
                Ok(Identity::new(
                    SecretString::from(format!("token-{n}")),
                    Some(SystemTime::now() + Duration::from_secs(3600)),
                ))
            }
        })
    };
    for cached in [true, false] {
        let calls = Arc::new(AtomicUsize::new(0));
        let auth = if cached {
            ResolvedBearer::new(resolver(Arc::clone(&calls)))
        } else {
            ResolvedBearer::from_cache(IdentityCache::uncached(resolver(Arc::clone(&calls))))
        };
        let client = Client::builder(server.url())
            .environment(Environment::empty())
            .authenticator(auth)
            .build()
            .expect("client");
        client
            .request::<serde_json::Value>(RequestSpec::new(Method::GET, "/thing"))
            .await
            .expect("second attempt");
        let tokens: Vec<String> = server
            .requests()
            .iter()
            .rev()
            .take(2)
            .rev()
            .map(|r| r.header("authorization").unwrap_or_default().to_owned())
            .collect();
        let expected = if cached {
            ["Bearer token-0", "Bearer token-0"]
        } else {
            ["Bearer token-0", "Bearer token-1"]
        };
        assert_eq!(tokens, expected, "cached: {cached}");
        assert!(!format!("{:?}", client).contains("token-"));
    }
}
