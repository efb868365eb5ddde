//! The default authentication: `Authorization: Bearer <key>` plus the
//! optional `OpenAI-Organization` and `OpenAI-Project` headers.

use http::{HeaderName, HeaderValue};
use std::fmt;

use super::{Authenticator, BoxFuture, OutgoingRequest};
use crate::error::Error;
use crate::secret::SecretString;

/// Environment variable holding the API key.
pub const API_KEY_ENV: &str = "OPENAI_API_KEY";
/// Environment variable overriding the base URL.
pub const BASE_URL_ENV: &str = "OPENAI_BASE_URL";
/// Environment variable holding the organization id.
pub const ORG_ENV: &str = "OPENAI_ORG_ID";
/// Environment variable holding the project id.
pub const PROJECT_ENV: &str = "OPENAI_PROJECT_ID";

/// Bearer-key authentication.
#[derive(Clone)]
pub struct BearerAuth {
    header: HeaderValue,
    organization: Option<HeaderValue>,
    project: Option<HeaderValue>,
}

impl BearerAuth {
    /// Builds the authenticator; refuses keys that are not valid header text.
    pub fn new(
        api_key: &SecretString,
        organization: Option<&str>,
        project: Option<&str>,
    ) -> Result<Self, Error> {
        let mut header =
            HeaderValue::from_str(&format!("Bearer {}", api_key.expose())).map_err(|_| {
                Error::config("the API key contains characters not allowed in a header")
            })?;
        header.set_sensitive(true);
        let value = |what: &str, v: Option<&str>| {
            v.map(|v| {
                HeaderValue::from_str(v)
                    .map_err(|_| Error::config(format!("the {what} is not valid header text")))
            })
            .transpose()
        };
        Ok(Self {
            header,
            organization: value("organization", organization)?,
            project: value("project", project)?,
        })
    }
}

impl fmt::Debug for BearerAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BearerAuth")
            .field("api_key", &"[redacted]")
            .field("organization", &self.organization)
            .field("project", &self.project)
            .finish()
    }
}

impl Authenticator for BearerAuth {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let headers = request.headers_mut();
        headers.insert(http::header::AUTHORIZATION, self.header.clone());
        if let Some(org) = &self.organization {
            headers.insert(HeaderName::from_static("openai-organization"), org.clone());
        }
        if let Some(project) = &self.project {
            headers.insert(HeaderName::from_static("openai-project"), project.clone());
        }
        Box::pin(async { Ok(()) })
    }
}
