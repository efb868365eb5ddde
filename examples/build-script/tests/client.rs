//! The client a build script generated talks to a local server: a bearer
//! token, a typed page of notes, a typed create.

use build_script_example::{Client, types};
use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::Environment;

#[tokio::test]
async fn the_generated_client_lists_and_creates_notes() {
    let server = MockServer::start(|r: &Recorded| match r.method.as_str() {
        "GET" => Reply::json(
            200,
            r#"{"data":[{"id":"n1","text":"hello"}],"has_more":false}"#,
        ),
        _ => Reply::json(201, r#"{"id":"n2","text":"new"}"#),
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .bearer_token("tok-build")
        .base_url(server.url())
        .build()
        .expect("client");
    let page = client
        .notes()
        .list(&types::ListNotesParams::new().limit(5))
        .await
        .expect("a page");
    assert_eq!(page.data[0].text, "hello");
    let note = client
        .notes()
        .create(&types::CreateNoteRequest::new("new"))
        .await
        .expect("created");
    assert_eq!(note.id, "n2");
    let requests = server.requests();
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer tok-build")
    );
    assert_eq!(requests[0].query(), [("limit".to_owned(), "5".to_owned())]);
    assert_eq!(requests[1].body, br#"{"text":"new"}"#);
}
