//! `[[websocket]]` settings: a socket becomes a `connect`-style method on
//! its resource, under the `websocket` feature, with the document's event
//! schemas as its types; entries that name nothing are errors.

use codegen::settings::WebSocketConfig;
use codegen::{Settings, generate_from_text};
use std::path::{Path, PathBuf};

const SPEC: &str = r##"
openapi: 3.1.0
info: {title: Live API, version: "1"}
servers: [{url: "https://live.example/v1"}]
paths:
  /chats:
    get:
      operationId: listChats
      tags: [chats]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
components:
  schemas:
    LiveClientEvent:
      type: object
      required: [type]
      properties:
        type: {type: string, enum: [say]}
        text: {type: string}
    LiveServerEvent:
      oneOf:
        - $ref: "#/components/schemas/Said"
        - $ref: "#/components/schemas/Done"
      discriminator: {propertyName: type}
    Said:
      type: object
      required: [type, text]
      properties:
        type: {type: string, enum: [said]}
        text: {type: string}
    Done:
      type: object
      required: [type]
      properties:
        type: {type: string, enum: [done]}
"##;

fn settings(sockets: Vec<WebSocketConfig>) -> Settings {
    let mut s = Settings::standalone(PathBuf::from("unused"), Path::new("../../runtime"));
    s.crate_name = "live-api".into();
    s.websockets = sockets;
    s
}

fn socket() -> WebSocketConfig {
    WebSocketConfig {
        resource: "chats".into(),
        method: "connect".into(),
        path: "/chats/live".into(),
        query: vec!["model".into(), "room".into()],
        client_event: "LiveClientEvent".into(),
        server_event: "LiveServerEvent".into(),
        doc: Some("a live chat".into()),
    }
}

fn generate(sockets: Vec<WebSocketConfig>) -> Result<codegen::emit::Files, String> {
    generate_from_text(Path::new("live.yaml"), SPEC, &settings(sockets))
        .map(|(files, _)| files)
        .map_err(|e| e.to_string())
}

#[test]
fn a_socket_is_a_method_on_its_resource() {
    let files = generate(vec![socket()]).expect("generates");
    let resource = &files["src/resources/chats.rs"];
    for expected in [
        "/// Opens a live chat (feature `websocket`).",
        "#[cfg(feature = \"websocket\")]",
        "pub fn connect(",
        "model: impl Into<String>,",
        "room: impl Into<String>,",
        "sdk_runtime::websocket::Connect<\n        types::LiveClientEvent,\n        types::LiveServerEvent,\n    >",
        "self.client.websocket(\"/chats/live\").query(\"model\", model).query(\"room\", room)",
        "arrive as the `Unknown` variant",
    ] {
        assert!(
            resource.contains(expected),
            "missing {expected:?} in\n{resource}"
        );
    }
    // The event schemas are free-standing: `websocket` brings them in.
    let manifest = &files["Cargo.toml"];
    assert!(
        manifest.contains("websocket = [\"sdk-runtime/websocket\", \"extra-types\"]"),
        "{manifest}"
    );
    // Without sockets there is no feature.
    let plain = generate(Vec::new()).expect("generates");
    assert!(!plain["Cargo.toml"].contains("websocket"));
    assert!(!plain["src/resources/chats.rs"].contains("websocket"));
}

#[test]
fn entries_that_name_nothing_are_errors() {
    let with = |edit: fn(&mut WebSocketConfig)| {
        let mut s = socket();
        edit(&mut s);
        generate(vec![s]).map(|_| ()).expect_err("refused")
    };
    let err = with(|s| s.resource = "rooms".into());
    assert!(
        err.contains("websocket #1 `rooms.connect`: no resource `rooms`"),
        "{err}"
    );
    let err = with(|s| s.server_event = "Nope".into());
    assert!(err.contains("`chats.connect`: no schema `Nope`"), "{err}");
    let err = with(|s| s.method = "list".into());
    assert!(err.contains("already has a method `list`"), "{err}");
    let err = with(|s| s.method = "Connect".into());
    assert!(err.contains("not a snake_case method name"), "{err}");
    let err = with(|s| s.path = "chats/live".into());
    assert!(err.contains("must start with `/`"), "{err}");
    let err = generate(vec![socket(), socket()])
        .map(|_| ())
        .expect_err("twice");
    assert!(err.contains("already has a method `connect`"), "{err}");
}
