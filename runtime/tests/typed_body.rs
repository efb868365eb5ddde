//! A typed body stays the request value until the send path serializes
//! it: once, after the interceptors' `modify_before_serialization` (which
//! may change it through `body_as_mut`), whatever the retries and extra
//! body fields. Against a real HTTP server on 127.0.0.1.

use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::interceptor::Interceptor;
use sdk_runtime::{Body, Client, Environment, Error, Method, RequestSpec};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A request value that counts how often it is serialized.
#[derive(Debug, Clone)]
struct Ask {
    model: String,
    serialized: Arc<AtomicUsize>,
}

impl Serialize for Ask {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialized.fetch_add(1, Ordering::SeqCst);
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("model", &self.model)?;
        map.end()
    }
}

/// Changes the typed request before it is serialized.
#[derive(Debug)]
struct Upgrade;

impl Interceptor for Upgrade {
    fn modify_before_serialization(&self, request: &mut RequestSpec) -> Result<(), Error> {
        assert!(request.body_as::<String>().is_none(), "not a String");
        let ask = request.body_as_mut::<Ask>().expect("the typed request");
        ask.model.push_str("-large");
        Ok(())
    }
}

#[tokio::test]
async fn a_typed_body_is_serialized_once_after_the_hooks_that_change_it() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(503, r#"{"error":{"message":"busy"}}"#).with_header("retry-after-ms", "1"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let client = Client::builder(server.url())
        .environment(Environment::empty())
        .interceptor(Upgrade)
        .build()
        .expect("client");
    let serialized = Arc::new(AtomicUsize::new(0));
    let ask = Ask {
        model: "small".into(),
        serialized: Arc::clone(&serialized),
    };
    let spec = RequestSpec::new(Method::POST, "/asks").with_body(Body::typed(ask));
    assert_eq!(
        format!("{:?}", spec.body),
        "Typed(Ask)",
        "no content in Debug"
    );
    client
        .request::<Value>(spec)
        .body_field("stream", false)
        .await
        .expect("the retry succeeds");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        let body: Value = serde_json::from_slice(&request.body).expect("JSON");
        assert_eq!(
            body,
            serde_json::json!({"model": "small-large", "stream": false})
        );
        assert_eq!(request.header("content-type"), Some("application/json"));
    }
    assert_eq!(
        serialized.load(Ordering::SeqCst),
        1,
        "one serialization for both attempts and the extra field"
    );
}
