//! AWS SigV4 for Bedrock: credentials (static keys, a profile, a provider,
//! or the default chain) from the shared identity cache, and a signature
//! over the exact bytes of every attempt.

use aws_credential_types::Credentials;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_sigv4::http_request::{
    PayloadChecksumKind, SignableBody, SignableRequest, SigningSettings, sign,
};
use aws_sigv4::sign::v4;
use http::Uri;
use http::{HeaderName, HeaderValue, Method};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::endpoint::{check_origin, check_region};
use sdk_runtime::auth::{Authenticator, BoxFuture, OutgoingRequest};
use sdk_runtime::error::Error;
use sdk_runtime::identity::{CacheSettings, Identity, IdentityCache, ResolveIdentity};

/// Credentials expiring within this window are refreshed first.
pub const REFRESH_WINDOW: Duration = Duration::from_secs(5 * 60);

/// The clock used for signing (injectable for deterministic tests).
pub type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Headers a previous attempt (or a caller) may have left behind.
const STALE: [&str; 3] = ["x-amz-date", "x-amz-security-token", "x-amz-content-sha256"];

/// What a signature is made with, besides the request.
#[derive(Debug, Clone, Copy)]
pub struct Signing<'a> {
    /// The credentials.
    pub credentials: &'a Credentials,
    /// The signing region.
    pub region: &'a str,
    /// The service name (`bedrock-mantle` or `bedrock`).
    pub service: &'a str,
    /// The signing time.
    pub time: SystemTime,
}

/// Signs one request: a pure function of the request and the parameters.
/// Returns the headers to add (`authorization`, `x-amz-date`,
/// `x-amz-content-sha256`, and `x-amz-security-token` with a session).
pub fn sign_request(
    method: &Method,
    url: &Uri,
    headers: &http::HeaderMap,
    body: &[u8],
    signing: &Signing<'_>,
) -> Result<Vec<(HeaderName, HeaderValue)>, Error> {
    let Signing {
        credentials,
        region,
        service,
        time,
    } = *signing;
    let signing_error =
        |what: &str, e: &dyn std::error::Error| Error::auth(format!("SigV4 {what}: {e}"));
    let mut texts = Vec::with_capacity(headers.len());
    for (name, value) in headers {
        let value = value.to_str().map_err(|_| {
            Error::auth(format!("header `{name}` is not text and cannot be signed"))
        })?;
        texts.push((name.as_str(), value));
    }
    let mut settings = SigningSettings::default();
    settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    let identity = credentials.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(service)
        .time(time)
        .settings(settings)
        .build()
        .map_err(|e| signing_error("parameters", &e))?
        .into();
    let url = url.to_string();
    let signable = SignableRequest::new(
        method.as_str(),
        &url,
        texts.into_iter(),
        SignableBody::Bytes(body),
    )
    .map_err(|e| signing_error("request", &e))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| signing_error("signing", &e))?
        .into_parts();
    let (new_headers, _) = instructions.into_parts();
    new_headers
        .into_iter()
        .map(|h| {
            let name = HeaderName::from_bytes(h.name().as_bytes())
                .map_err(|_| Error::auth("SigV4 produced an invalid header name"))?;
            let mut value = HeaderValue::from_str(h.value())
                .map_err(|_| Error::auth("SigV4 produced an invalid header value"))?;
            value.set_sensitive(h.sensitive());
            Ok((name, value))
        })
        .collect()
}

/// AWS credentials from a provider, as an identity for the shared cache.
pub(crate) struct AwsCredentials(pub(crate) SharedCredentialsProvider);

impl ResolveIdentity<Credentials> for AwsCredentials {
    fn resolve(&self) -> BoxFuture<'_, Result<Identity<Credentials>, Error>> {
        Box::pin(async move {
            let fresh = self
                .0
                .provide_credentials()
                .await
                .map_err(|e| Error::auth_with_source("could not load AWS credentials", e))?;
            if fresh.access_key_id().trim().is_empty()
                || fresh.secret_access_key().trim().is_empty()
            {
                return Err(Error::auth(
                    "the AWS credential provider returned an empty access key or secret key",
                ));
            }
            let expiry = fresh.expiry();
            Ok(Identity::new(fresh, expiry))
        })
    }
}

/// The credentials of the default chain or a profile, cached until
/// [`REFRESH_WINDOW`] before they expire. A provider the user passes is
/// asked on every attempt instead (it owns its caching, as aws-config's
/// providers do).
pub(crate) fn credential_cache(
    provider: SharedCredentialsProvider,
    cached: bool,
) -> IdentityCache<Credentials> {
    let resolver = AwsCredentials(provider);
    if cached {
        IdentityCache::new(resolver).settings(CacheSettings {
            refresh_window: REFRESH_WINDOW,
            jitter: Duration::from_secs(30),
        })
    } else {
        IdentityCache::uncached(resolver)
    }
}

pub(crate) struct SigV4Authenticator {
    pub(crate) credentials: IdentityCache<Credentials>,
    pub(crate) clock: Clock,
    pub(crate) region: String,
    pub(crate) service: &'static str,
    pub(crate) endpoint: Uri,
}

impl Authenticator for SigV4Authenticator {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            check_origin(request.url(), &self.endpoint)?;
            check_region(request.url(), &self.region)?;
            if request.headers().contains_key(http::header::AUTHORIZATION) {
                return Err(Error::auth(
                    "a custom Authorization header conflicts with SigV4 signing; remove it",
                ));
            }
            let Some(body) = request.body_bytes() else {
                return Err(Error::auth(
                    "a streaming request body cannot be signed with SigV4; send the body as bytes",
                ));
            };
            for name in STALE {
                request.headers_mut().remove(name);
            }
            let credentials = self.credentials.get().await?;
            let time = (self.clock)();
            let signing = Signing {
                credentials: &credentials,
                region: &self.region,
                service: self.service,
                time,
            };
            let signed = sign_request(
                request.method(),
                request.url(),
                request.headers(),
                &body,
                &signing,
            )?;
            for (name, value) in signed {
                request.headers_mut().insert(name, value);
            }
            Ok(())
        })
    }
}
