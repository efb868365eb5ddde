use super::*;
use serde::Deserialize;

#[test]
fn codes_read_as_strings_whatever_their_type() {
    #[derive(Deserialize)]
    struct Error {
        #[serde(deserialize_with = "lenient_string")]
        code: Option<String>,
    }
    let code = |json: &str| serde_json::from_str::<Error>(json).unwrap().code;
    assert_eq!(code(r#"{"code": 429}"#).as_deref(), Some("429"));
    assert_eq!(
        code(r#"{"code": "rate_limit"}"#).as_deref(),
        Some("rate_limit")
    );
    assert_eq!(code(r#"{"code": null}"#), None);
}
