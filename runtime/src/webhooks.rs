//! Verification of signed webhook deliveries in the Standard Webhooks
//! scheme: `webhook-id`, `webhook-timestamp` and
//! `webhook-signature` headers, HMAC-SHA256 over `id.timestamp.body`, and a
//! timestamp tolerance against replays.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use http::HeaderMap;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::secret::SecretString;

/// The default tolerance between the delivery's timestamp and now.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// Why a delivery was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header is absent or not text.
    MissingHeader(&'static str),
    /// The timestamp is not a number of seconds.
    InvalidTimestamp,
    /// The timestamp is outside the tolerance (replay or clock skew).
    TimestampOutOfRange,
    /// The secret is not valid base64 (after an optional `whsec_` prefix).
    InvalidSecret,
    /// No signature in the header matches the payload.
    SignatureMismatch,
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingHeader(h) => write!(f, "webhook header `{h}` is missing"),
            Self::InvalidTimestamp => f.write_str("webhook timestamp is not a number"),
            Self::TimestampOutOfRange => {
                f.write_str("webhook timestamp is outside the allowed tolerance")
            }
            Self::InvalidSecret => f.write_str("the webhook secret is not valid base64"),
            Self::SignatureMismatch => f.write_str("no webhook signature matches the payload"),
        }
    }
}

impl std::error::Error for WebhookError {}

fn header<'a>(headers: &'a HeaderMap, name: &'static str) -> Result<&'a str, WebhookError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .ok_or(WebhookError::MissingHeader(name))
}

fn key(secret: &SecretString) -> Result<Vec<u8>, WebhookError> {
    let raw = secret.expose();
    let raw = raw.strip_prefix("whsec_").unwrap_or(raw);
    STANDARD
        .decode(raw)
        .map_err(|_| WebhookError::InvalidSecret)
}

/// The HMAC-SHA256 of `id.timestamp.body`, not finalized yet.
fn signature(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> hmac_sha256::HMAC {
    let mut mac = hmac_sha256::HMAC::new(key);
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    mac
}

/// The `v1,<base64>` signature of a payload (for tests and senders).
pub fn sign(
    secret: &SecretString,
    id: &str,
    timestamp: i64,
    body: &[u8],
) -> Result<String, WebhookError> {
    let mac = signature(&key(secret)?, id, timestamp, body);
    Ok(format!("v1,{}", STANDARD.encode(mac.finalize())))
}

/// Verifies a delivery: its headers, its timestamp against `now` within
/// `tolerance`, and its signature (any of the space-separated `v1,`
/// signatures may match), in constant time.
pub fn verify(
    secret: &SecretString,
    headers: &HeaderMap,
    body: &[u8],
    tolerance: Duration,
    now: SystemTime,
) -> Result<(), WebhookError> {
    let id = header(headers, "webhook-id")?;
    let timestamp: i64 = header(headers, "webhook-timestamp")?
        .trim()
        .parse()
        .map_err(|_| WebhookError::InvalidTimestamp)?;
    let now = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    if (now - timestamp).unsigned_abs() > tolerance.as_secs() {
        return Err(WebhookError::TimestampOutOfRange);
    }
    let signatures = header(headers, "webhook-signature")?;
    let key = key(secret)?;
    for candidate in signatures.split_whitespace() {
        let Some(encoded) = candidate.strip_prefix("v1,") else {
            continue;
        };
        let Some(expected) = STANDARD
            .decode(encoded)
            .ok()
            .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        else {
            continue;
        };
        if signature(&key, id, timestamp, body).finalize_verify(&expected) {
            return Ok(());
        }
    }
    Err(WebhookError::SignatureMismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(secret: &SecretString, ts: i64, body: &[u8]) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("webhook-id", "wh_1".parse().unwrap());
        h.insert("webhook-timestamp", ts.to_string().parse().unwrap());
        let sig = sign(secret, "wh_1", ts, body).unwrap();
        h.insert(
            "webhook-signature",
            format!("v1,bm90IGl0 {sig}").parse().unwrap(),
        );
        h
    }

    #[test]
    fn verifies_signature_and_timestamp() {
        let secret = SecretString::new(format!("whsec_{}", STANDARD.encode(b"super secret key")));
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let body = br#"{"type":"response.completed"}"#;
        let h = delivery(&secret, 1_700_000_000, body);
        assert_eq!(verify(&secret, &h, body, DEFAULT_TOLERANCE, now), Ok(()));
        assert_eq!(
            verify(&secret, &h, b"{}", DEFAULT_TOLERANCE, now),
            Err(WebhookError::SignatureMismatch)
        );
        let late = now + Duration::from_secs(301);
        assert_eq!(
            verify(&secret, &h, body, DEFAULT_TOLERANCE, late),
            Err(WebhookError::TimestampOutOfRange)
        );
        let mut missing = h.clone();
        missing.remove("webhook-id");
        assert_eq!(
            verify(&secret, &missing, body, DEFAULT_TOLERANCE, now),
            Err(WebhookError::MissingHeader("webhook-id"))
        );
        let other = SecretString::new(STANDARD.encode(b"another key"));
        assert_eq!(
            verify(&other, &h, body, DEFAULT_TOLERANCE, now),
            Err(WebhookError::SignatureMismatch)
        );
    }

    /// The example of the Standard Webhooks specification: its secret, id,
    /// timestamp and payload, and the signature it publishes.
    #[test]
    fn signs_the_standard_webhooks_example_as_published() {
        let secret = SecretString::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".to_owned());
        let body = br#"{"test": 2432232314}"#;
        let signature = sign(&secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body).unwrap();
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        let mut headers = HeaderMap::new();
        headers.insert(
            "webhook-id",
            "msg_p5jXN8AQM9LWM0D4loKWxJek".parse().unwrap(),
        );
        headers.insert("webhook-timestamp", "1614265330".parse().unwrap());
        headers.insert("webhook-signature", signature.parse().unwrap());
        let now = UNIX_EPOCH + Duration::from_secs(1614265330);
        assert_eq!(
            verify(&secret, &headers, body, DEFAULT_TOLERANCE, now),
            Ok(())
        );
        // A signature of another length is no match, not an error.
        headers.insert("webhook-signature", "v1,AAAA".parse().unwrap());
        assert_eq!(
            verify(&secret, &headers, body, DEFAULT_TOLERANCE, now),
            Err(WebhookError::SignatureMismatch)
        );
    }
}
