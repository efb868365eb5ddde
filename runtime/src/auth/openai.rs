//! OpenAI, as a vendor: its error envelope (`{"error": {"message", "type",
//! "param", "code"}}`). The generated OpenAI crate installs it; the client
//! core knows no vendor. OpenAI's variables and headers (`OPENAI_API_KEY`,
//! `OPENAI_ADMIN_KEY`, `OpenAI-Organization`, ...) are declared once, in the
//! generator's OpenAI config (`spec/openai.toml`).

use crate::error::ErrorObject;

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
