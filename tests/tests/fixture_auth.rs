//! Crates generated from the fixture specs put the credentials their spec
//! declares, and only those, on the wire (checked on a local server); they
//! read their own environment variables and never an `OPENAI_` one.

use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::Environment;
use std::sync::{Arc, Mutex};

/// An environment that answers from `vars` and records every name asked.
fn recording(
    vars: &'static [(&'static str, &'static str)],
) -> (Environment, Arc<Mutex<Vec<String>>>) {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&asked);
    let env = Environment::from_fn(move |name| {
        log.lock().expect("lock").push(name.to_owned());
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    });
    (env, asked)
}

const EXHIBITION: &str = r#"{"id":"e1","title":"Light","curator":{"id":"c1","name":"Ada"}}"#;

#[tokio::test]
async fn museum_sends_basic_auth_and_reads_only_its_variables() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/hours" => Reply::json(200, r#"{"days":[]}"#),
        _ => Reply::json(200, EXHIBITION),
    })
    .await;
    let url: &'static str = Box::leak(server.url().into_boxed_str());
    let vars: &'static [(&str, &str)] = Box::leak(Box::new([
        ("MUSEUM_API_USERNAME", "ada"),
        ("MUSEUM_API_PASSWORD", "s3cret"),
        ("MUSEUM_API_BASE_URL", url),
        ("OPENAI_API_KEY", "sk-must-not-be-read"),
    ]));
    let (env, asked) = recording(vars);
    let client = museum_api::Client::builder()
        .environment(env)
        .build()
        .expect("client");
    client
        .exhibitions()
        .retrieve("e1")
        .await
        .expect("exhibition");
    client.hours().retrieve().await.expect("hours");
    let r = server.requests();
    // base64("ada:s3cret")
    assert_eq!(r[0].header("authorization"), Some("Basic YWRhOnMzY3JldA=="));
    assert_eq!(
        r[1].header("authorization"),
        None,
        "`security: []` is anonymous"
    );
    let asked = asked.lock().expect("lock").clone();
    // Besides its own, the client reads what every HTTP client reads: the
    // proxies (and `REQUEST_METHOD`, under which `HTTP_PROXY` is ignored).
    let proxies = [
        "ALL_PROXY",
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "NO_PROXY",
        "REQUEST_METHOD",
    ];
    assert!(
        asked
            .iter()
            .all(|v| v.starts_with("MUSEUM_API_")
                || proxies.contains(&v.to_ascii_uppercase().as_str())),
        "{asked:?}"
    );
    assert!(
        asked.contains(&"MUSEUM_API_USERNAME".to_owned()),
        "{asked:?}"
    );

    let err = museum_api::Client::builder()
        .environment(Environment::empty())
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("MUSEUM_API_USERNAME"), "{err}");
}

#[tokio::test]
async fn tickets_send_the_query_key_or_an_oauth2_token_as_each_operation_declares() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/oauth/token" => Reply::json(
            200,
            r#"{"access_token":"tok-123456","token_type":"bearer","expires_in":3600}"#,
        ),
        "/events" => Reply::json(200, r#"[{"id":"ev1","name":"Gala"}]"#),
        _ => Reply::json(201, r#"{"id":"b1","event_id":"ev1","seats":2}"#),
    })
    .await;
    let client = tickets_api::Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .query_key("key-abc")
        .partner("partner-app", "partner-secret")
        .build()
        .expect("client");
    let events = client
        .events()
        .list(&tickets_api::types::ListEventsParams::new())
        .await
        .expect("events");
    assert_eq!(events[0].name, "Gala");
    client
        .bookings()
        .create(&tickets_api::types::CreateBookingRequest::new("ev1", 2))
        .await
        .expect("booking");
    let r = server.requests();
    assert_eq!(r.len(), 3);
    // The API key operation: the key in the query, nothing else.
    assert_eq!(r[0].path(), "/events");
    assert_eq!(
        r[0].query(),
        vec![("api_key".to_owned(), "key-abc".to_owned())]
    );
    assert_eq!(r[0].header("authorization"), None);
    // The OAuth2 operation: a token fetched with the client credentials...
    assert_eq!(r[1].path(), "/oauth/token");
    assert_eq!(
        r[1].header("authorization"),
        Some("Basic cGFydG5lci1hcHA6cGFydG5lci1zZWNyZXQ=")
    );
    assert_eq!(
        String::from_utf8_lossy(&r[1].body),
        "grant_type=client_credentials&scope=bookings%3Awrite"
    );
    // ... then sent as a bearer token, without the API key.
    assert_eq!(r[2].path(), "/bookings");
    assert_eq!(r[2].header("authorization"), Some("Bearer tok-123456"));
    assert!(r[2].query().is_empty());
}

#[tokio::test]
async fn notes_send_a_bearer_token_a_header_key_or_a_cookie_as_each_operation_declares() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/notes" => Reply::json(200, r#"{"data":[],"has_more":false}"#),
        "/notes/n1/export" => Reply::json(200, "# Note"),
        "/notes/n1/share" => Reply::json(200, r#"{"url":"https://notes.example/s/1"}"#),
        _ => Reply::json(200, r#"{"ok":true}"#),
    })
    .await;
    let client = notes_api::Client::builder()
        .environment(Environment::from_map([
            ("NOTES_API_TOKEN", "tok-1"),
            ("NOTES_API_EXPORT_KEY", "exp-1"),
            ("NOTES_API_SESSION", "sess-1"),
        ]))
        .base_url(server.url())
        .build()
        .expect("client");
    client
        .notes()
        .list(&notes_api::types::ListNotesParams::new())
        .await
        .expect("list");
    let markdown = client.notes().export("n1").await.expect("export");
    assert_eq!(&markdown[..], b"# Note");
    client.notes().share("n1").await.expect("share");
    client.status().retrieve().await.expect("status");
    let r = server.requests();
    let auth = |i: usize| {
        (
            r[i].header("authorization"),
            r[i].header("x-export-key"),
            r[i].header("cookie"),
        )
    };
    assert_eq!(auth(0), (Some("Bearer tok-1"), None, None));
    assert_eq!(auth(1), (None, Some("exp-1"), None));
    assert_eq!(auth(2), (None, None, Some("notes_session=sess-1")));
    // Optional credentials: the configured alternative is used.
    assert_eq!(auth(3), (Some("Bearer tok-1"), None, None));

    // With only a session, the optional-credentials operation goes
    // anonymous and the bearer-only one is refused before sending.
    let session_only = notes_api::Client::builder()
        .environment(Environment::empty())
        .session("sess-2")
        .base_url(server.url())
        .build()
        .expect("a session is a credential");
    session_only
        .status()
        .retrieve()
        .await
        .expect("anonymous status");
    assert_eq!(server.requests()[4].header("authorization"), None);
    let err = session_only
        .notes()
        .list(&notes_api::types::ListNotesParams::new())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("NOTES_API_TOKEN"), "{err}");
    assert_eq!(server.requests().len(), 5);
}

#[tokio::test]
async fn oauth2_user_flows_and_openid_connect_send_the_users_access_token() {
    use sdk_runtime::SecretString;
    use sdk_runtime::identity::{Identity, resolver_fn};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, SystemTime};

    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/me" => Reply::json(200, r#"{"name":"Ada"}"#),
        _ => Reply::json(200, r#"{"id":"n1","text":"hello"}"#),
    })
    .await;
    // Petstore's `petstore_auth` (implicit and authorization code): a fixed
    // access token, or one from the environment.
    let client = notes_api::Client::builder()
        .environment(Environment::from_map([(
            "NOTES_API_OIDC_ACCESS_TOKEN",
            "oidc-from-env",
        )]))
        .petstore("user-access-token")
        .base_url(server.url())
        .build()
        .expect("client");
    client.notes().archive("n1").await.expect("archive");
    client.me().retrieve().await.expect("me");
    let r = server.requests();
    assert_eq!(
        r[0].header("authorization"),
        Some("Bearer user-access-token")
    );
    assert_eq!(r[1].header("authorization"), Some("Bearer oidc-from-env"));
    assert!(!format!("{client:?}").contains("user-access-token"));

    // A resolver: asked again once the token is about to expire.
    let asked = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&asked);
    let tokens = resolver_fn(move || {
        let n = count.fetch_add(1, Ordering::SeqCst) + 1;
        async move {
            // The first token is already inside the refresh window.
            let ttl = if n == 1 {
                Duration::from_secs(1)
            } else {
                Duration::from_secs(3600)
            };
            Ok(Identity::new(
                SecretString::from(format!("refreshed-{n}")),
                Some(SystemTime::now() + ttl),
            ))
        }
    });
    let client = notes_api::Client::builder()
        .environment(Environment::empty())
        .oidc_resolver(tokens)
        .base_url(server.url())
        .build()
        .expect("client");
    client.me().retrieve().await.expect("me");
    client.me().retrieve().await.expect("me again");
    client.me().retrieve().await.expect("and again");
    let r = server.requests();
    assert_eq!(r[2].header("authorization"), Some("Bearer refreshed-1"));
    assert_eq!(r[3].header("authorization"), Some("Bearer refreshed-2"));
    assert_eq!(r[4].header("authorization"), Some("Bearer refreshed-2"));
    assert_eq!(asked.load(Ordering::SeqCst), 2);

    // Without one, the operation is refused before sending, naming the
    // option and the variable.
    let err = client.notes().archive("n1").await.expect_err("no token");
    assert!(
        err.to_string().contains("NOTES_API_PETSTORE_ACCESS_TOKEN"),
        "{err}"
    );
}
