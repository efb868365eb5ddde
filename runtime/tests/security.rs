//! The authentication an OpenAPI document declares, against a local server:
//! HTTP basic, API keys in a header, query and cookie, per-operation
//! requirements with alternatives and anonymous operations, and OAuth2
//! client credentials (one token fetch for many concurrent requests,
//! refresh before expiry, refusals named without secrets).

use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::auth::scheme::ApiKeyLocation;
use sdk_runtime::auth::security::{Credential, SchemeKind, SchemeSpec, Security, SecurityConfig};
use sdk_runtime::{Client, Environment, Error, Method, RequestSpec};
use serde_json::Value;

const SCHEMES: &[SchemeSpec] = &[
    SchemeSpec {
        name: "basicAuth",
        kind: SchemeKind::Basic,
        option: "basic",
        env: &["MUSEUM_USERNAME", "MUSEUM_PASSWORD"],
    },
    SchemeSpec {
        name: "adminKey",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Header,
            name: "X-Admin-Key",
        },
        option: "admin_key",
        env: &["MUSEUM_ADMIN_KEY"],
    },
    SchemeSpec {
        name: "queryKey",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Query,
            name: "api_key",
        },
        option: "query_key",
        env: &["MUSEUM_QUERY_KEY"],
    },
    SchemeSpec {
        name: "session",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Cookie,
            name: "SESSION",
        },
        option: "session",
        env: &["MUSEUM_SESSION"],
    },
    SchemeSpec {
        name: "oauth",
        kind: SchemeKind::OAuth2ClientCredentials {
            token_url: "/oauth/token",
            scopes: &["tickets:read", "tickets:write"],
        },
        option: "oauth",
        env: &["MUSEUM_CLIENT_ID", "MUSEUM_CLIENT_SECRET"],
    },
];

const DEFAULT: Security = &[&["basicAuth"]];

fn client(server: &MockServer, env: &[(&str, &str)]) -> Client {
    Client::builder(server.url())
        .environment(Environment::from_map(env.iter().copied()))
        .security(SecurityConfig::new(SCHEMES, DEFAULT))
        .max_retries(0)
        .build()
        .expect("client")
}

async fn call(client: &Client, path: &str, security: Option<Security>) -> Result<Value, Error> {
    let mut spec = RequestSpec::new(Method::GET, path);
    spec.security = security;
    client.request::<Value>(spec).await.map(|r| r.into_inner())
}

fn ok(_: &Recorded) -> Reply {
    Reply::json(200, "{}")
}

#[tokio::test]
async fn each_operation_gets_the_credentials_it_declares() {
    let server = MockServer::start(ok).await;
    let c = client(
        &server,
        &[
            ("MUSEUM_USERNAME", "ada"),
            ("MUSEUM_PASSWORD", "pa:ss word"),
            ("MUSEUM_ADMIN_KEY", "admin-1"),
            ("MUSEUM_QUERY_KEY", "q 1&2"),
            ("MUSEUM_SESSION", "s-1"),
        ],
    )
    .with_options(sdk_runtime::RequestOptions::new());
    call(&c, "/default", None).await.expect("default");
    call(&c, "/admin", Some(&[&["adminKey"]]))
        .await
        .expect("admin");
    call(&c, "/query", Some(&[&["queryKey"]]))
        .await
        .expect("query");
    call(&c, "/cookie", Some(&[&["session"]]))
        .await
        .expect("cookie");
    call(&c, "/anonymous", Some(&[])).await.expect("anonymous");
    call(&c, "/both", Some(&[&["adminKey", "session"]]))
        .await
        .expect("both");
    let r = server.requests();
    // base64("ada:pa:ss word")
    assert_eq!(
        r[0].header("authorization"),
        Some("Basic YWRhOnBhOnNzIHdvcmQ=")
    );
    assert_eq!(r[0].header("x-admin-key"), None);
    assert_eq!(r[1].header("x-admin-key"), Some("admin-1"));
    assert_eq!(
        r[1].header("authorization"),
        None,
        "only the declared scheme"
    );
    assert_eq!(
        r[2].query(),
        vec![("api_key".to_owned(), "q 1&2".to_owned())]
    );
    assert_eq!(r[2].header("authorization"), None);
    assert_eq!(r[3].header("cookie"), Some("SESSION=s-1"));
    for (name, _) in &r[4].headers {
        assert!(!["authorization", "cookie", "x-admin-key"].contains(&name.as_str()));
    }
    assert!(r[4].query().is_empty());
    assert_eq!(r[5].header("x-admin-key"), Some("admin-1"));
    assert_eq!(r[5].header("cookie"), Some("SESSION=s-1"));
}

#[tokio::test]
async fn alternatives_pick_the_first_configured_and_missing_ones_send_nothing() {
    let server = MockServer::start(ok).await;
    let c = client(&server, &[("MUSEUM_ADMIN_KEY", "admin-1")]);
    // basicAuth is not configured: the second alternative is used.
    call(&c, "/a", Some(&[&["basicAuth"], &["adminKey"]]))
        .await
        .expect("second alternative");
    assert_eq!(server.requests()[0].header("x-admin-key"), Some("admin-1"));
    // Optional authentication (`{}`) without credentials goes anonymous.
    call(&c, "/b", Some(&[&["queryKey"], &[]]))
        .await
        .expect("optional");
    assert!(server.requests()[1].query().is_empty());
    // The default needs basicAuth: refused before anything is sent, naming
    // how to configure it.
    let err = call(&c, "/c", None).await.unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
    assert!(
        text.contains("basic(..)") && text.contains("MUSEUM_USERNAME"),
        "{text}"
    );
    assert_eq!(server.requests().len(), 2);

    // No credential at all for an API that needs one: the build fails.
    let err = Client::builder(server.url())
        .environment(Environment::empty())
        .security(SecurityConfig::new(SCHEMES, DEFAULT))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("no credentials"), "{err}");
    // A basic credential where a token is expected is refused.
    let err = Client::builder(server.url())
        .security(SecurityConfig::new(SCHEMES, DEFAULT))
        .credential(
            "adminKey",
            Credential::Basic {
                username: "u".into(),
                password: "p".into(),
            },
        )
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("admin_key"), "{err}");
}

fn token_server(expires_in: &'static [u64]) -> impl Fn(&Recorded) -> Reply + Send + Sync + 'static {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let issued = AtomicUsize::new(0);
    move |r: &Recorded| {
        if r.path() == "/oauth/token" {
            let n = issued.fetch_add(1, Ordering::SeqCst);
            let ttl = expires_in[n.min(expires_in.len() - 1)];
            let body =
                format!(r#"{{"access_token":"tok-{n}","token_type":"Bearer","expires_in":{ttl}}}"#);
            Reply::json(200, &body)
        } else {
            Reply::json(200, "{}")
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauth2_fetches_one_token_for_many_concurrent_requests() {
    let server = MockServer::start(token_server(&[3600])).await;
    let c = client(
        &server,
        &[
            ("MUSEUM_CLIENT_ID", "museum-app"),
            ("MUSEUM_CLIENT_SECRET", "cs-secret"),
        ],
    );
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let c = c.clone();
            tokio::spawn(
                async move { call(&c, &format!("/tickets/{i}"), Some(&[&["oauth"]])).await },
            )
        })
        .collect();
    for task in tasks {
        task.await.expect("joined").expect("authenticated");
    }
    let requests = server.requests();
    let token_requests: Vec<_> = requests
        .iter()
        .filter(|r| r.path() == "/oauth/token")
        .collect();
    assert_eq!(token_requests.len(), 1, "one fetch in flight");
    let t = token_requests[0];
    assert_eq!(t.method, "POST");
    // base64("museum-app:cs-secret")
    assert_eq!(
        t.header("authorization"),
        Some("Basic bXVzZXVtLWFwcDpjcy1zZWNyZXQ=")
    );
    assert_eq!(
        String::from_utf8_lossy(&t.body),
        "grant_type=client_credentials&scope=tickets%3Aread+tickets%3Awrite"
    );
    let api: Vec<_> = requests
        .iter()
        .filter(|r| r.path() != "/oauth/token")
        .collect();
    assert_eq!(api.len(), 20);
    assert!(
        api.iter()
            .all(|r| r.header("authorization") == Some("Bearer tok-0"))
    );
}

#[tokio::test]
async fn oauth2_refreshes_a_token_inside_the_refresh_window() {
    // The first token lives 30 s, inside the 60 s refresh window: the next
    // request fetches again; the second lives an hour and is reused.
    let server = MockServer::start(token_server(&[30, 3600])).await;
    let c = client(
        &server,
        &[
            ("MUSEUM_CLIENT_ID", "museum-app"),
            ("MUSEUM_CLIENT_SECRET", "cs-secret"),
        ],
    );
    for i in 0..3 {
        call(&c, &format!("/t/{i}"), Some(&[&["oauth"]]))
            .await
            .expect("call");
    }
    let seen: Vec<_> = server
        .requests()
        .iter()
        .filter(|r| r.path() != "/oauth/token")
        .map(|r| r.header("authorization").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(seen, ["Bearer tok-0", "Bearer tok-1", "Bearer tok-1"]);
}

#[tokio::test]
async fn oauth2_refusals_are_auth_errors_without_secrets() {
    let server = MockServer::start(|r: &Recorded| {
        if r.path() == "/oauth/token" {
            Reply::json(
                401,
                r#"{"error":"invalid_client","error_description":"unknown client"}"#,
            )
        } else {
            Reply::json(200, "{}")
        }
    })
    .await;
    let c = client(
        &server,
        &[
            ("MUSEUM_CLIENT_ID", "museum-app"),
            ("MUSEUM_CLIENT_SECRET", "cs-secret"),
        ],
    );
    let err = call(&c, "/t", Some(&[&["oauth"]])).await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
    assert!(
        text.contains("invalid_client: unknown client") && text.contains("401"),
        "{text}"
    );
    assert!(!text.contains("cs-secret"), "{text}");
    assert_eq!(
        server
            .requests()
            .iter()
            .filter(|r| r.path() != "/oauth/token")
            .count(),
        0,
        "the API call is not sent without a token"
    );
}
