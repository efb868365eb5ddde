//! OpenAI, as a vendor: the names of its environment variables and headers,
//! and its error envelope (`{"error": {"message", "type", "param",
//! "code"}}`). The generated OpenAI crate installs these; the client core
//! knows none of them.

use crate::error::ErrorObject;

/// Environment variable holding the API key (`ApiKeyAuth`).
pub const API_KEY_ENV: &str = "OPENAI_API_KEY";
/// Environment variable holding the admin API key (`AdminApiKeyAuth`).
pub const ADMIN_KEY_ENV: &str = "OPENAI_ADMIN_KEY";
/// Environment variable overriding the base URL.
pub const BASE_URL_ENV: &str = "OPENAI_BASE_URL";
/// Environment variable holding the organization id.
pub const ORG_ENV: &str = "OPENAI_ORG_ID";
/// Environment variable holding the project id.
pub const PROJECT_ENV: &str = "OPENAI_PROJECT_ID";
/// The header that carries the organization id.
pub const ORG_HEADER: &str = "OpenAI-Organization";
/// The header that carries the project id.
pub const PROJECT_HEADER: &str = "OpenAI-Project";

/// Parses OpenAI's error envelope: `{"error": {...}}`, or
/// `{"error": "message"}`.
pub fn parse_error(body: &[u8]) -> Option<ErrorObject> {
    crate::error::parse_enveloped(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_only() {
        let e = parse_error(br#"{"error":{"message":"m","type":"t","code":42}}"#).unwrap();
        assert_eq!(
            (e.message.as_str(), e.kind.as_deref(), e.code.as_deref()),
            ("m", Some("t"), Some("42"))
        );
        assert_eq!(
            parse_error(br#"{"error":"plain"}"#).unwrap().message,
            "plain"
        );
        assert!(parse_error(br#"{"message":"not the envelope"}"#).is_none());
    }
}
