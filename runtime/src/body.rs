//! A request's body: none, JSON (serialized, or a typed value the send
//! path serializes once, after the interceptors that may change it), bytes
//! with a content type (forms), or a one-shot stream.

use bytes::Bytes;
use serde::Serialize;
use std::any::Any;
use std::fmt;
use std::sync::{Arc, Mutex};

use crate::error::Error;
use crate::multipart::{Form, ToForm};
use crate::query::{ArrayFormat, Query};

/// A request body.
#[derive(Default)]
pub enum Body {
    /// No body.
    #[default]
    None,
    /// Serialized JSON.
    Json(Bytes),
    /// A value sent as JSON, serialized once by the send path after the
    /// interceptors' `modify_before_serialization`, which may read or
    /// change it ([`RequestSpec::body_as_mut`](crate::RequestSpec::body_as_mut)).
    Typed(TypedBody),
    /// Raw bytes with a content type (multipart forms are encoded to this).
    Bytes {
        /// The bytes.
        bytes: Bytes,
        /// The `Content-Type` header value.
        content_type: String,
    },
    /// A one-shot streaming body. It cannot be replayed, so a request that
    /// carries one is never retried, and signing providers refuse it.
    Stream {
        /// The body, taken by the first attempt.
        body: Arc<Mutex<Option<crate::response::ByteStream>>>,
        /// The `Content-Type` header value.
        content_type: String,
    },
}

impl Body {
    /// `value`, to be sent as JSON: the send path serializes it once, after
    /// the interceptors that may change it.
    pub fn typed<T: Serialize + Clone + Send + Sync + 'static>(value: T) -> Self {
        Self::Typed(TypedBody::new(value))
    }

    /// Serializes `value` as JSON now.
    pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<Self, Error> {
        serde_json::to_vec(value)
            .map(|v| Self::Json(Bytes::from(v)))
            .map_err(serialize_error)
    }

    /// Encodes an object as `application/x-www-form-urlencoded` (arrays as
    /// `key[]=`, nested objects as `key[sub]=`).
    pub fn form<T: Serialize + ?Sized>(value: &T) -> Result<Self, Error> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::InvalidRequest(format!("cannot serialize form body: {e}")))?;
        let serde_json::Value::Object(fields) = value else {
            return Err(Error::InvalidRequest(
                "a form body must be an object".into(),
            ));
        };
        let mut query = Query::new();
        for (key, v) in &fields {
            query.push(key, v, ArrayFormat::Brackets);
        }
        let form =
            crate::uri::form_encode(query.pairs().iter().map(|(k, v)| (k.as_str(), v.as_str())));
        Ok(Self::Bytes {
            bytes: Bytes::from(form),
            content_type: "application/x-www-form-urlencoded".into(),
        })
    }

    /// Encodes a multipart form.
    pub fn multipart<T: ToForm + ?Sized>(value: &T) -> Self {
        let mut form = Form::new();
        value.to_form(&mut form);
        Self::from_form(&form)
    }

    /// Encodes an already built form.
    pub fn from_form(form: &Form) -> Self {
        let (bytes, content_type) = form.encode();
        Self::Bytes {
            bytes,
            content_type,
        }
    }

    /// Raw bytes.
    pub fn bytes(bytes: impl Into<Bytes>, content_type: impl Into<String>) -> Self {
        Self::Bytes {
            bytes: bytes.into(),
            content_type: content_type.into(),
        }
    }

    /// A one-shot stream of bytes (never retried; build it with
    /// [`ByteStream::from_stream`](crate::ByteStream::from_stream)).
    pub fn stream(body: crate::response::ByteStream, content_type: impl Into<String>) -> Self {
        Self::Stream {
            body: Arc::new(Mutex::new(Some(body))),
            content_type: content_type.into(),
        }
    }

    /// True when every attempt can send the same bytes again.
    pub fn is_replayable(&self) -> bool {
        !matches!(self, Self::Stream { .. })
    }

    pub(crate) fn content_type(&self) -> Option<&str> {
        match self {
            Self::None => None,
            Self::Json(_) | Self::Typed(_) => Some("application/json"),
            Self::Bytes { content_type, .. } | Self::Stream { content_type, .. } => {
                Some(content_type)
            }
        }
    }

    /// The bytes every attempt sends (`None` for a stream). A typed body
    /// is serialized by the send path before any attempt; here it is
    /// serialized on the spot.
    pub(crate) fn replay_bytes(&self) -> Option<Bytes> {
        match self {
            Self::None => Some(Bytes::new()),
            Self::Json(b) | Self::Bytes { bytes: b, .. } => Some(b.clone()),
            Self::Typed(t) => t.to_json().ok(),
            Self::Stream { .. } => None,
        }
    }
}

fn serialize_error(e: serde_json::Error) -> Error {
    Error::InvalidRequest(format!("cannot serialize request body: {e}"))
}

impl Clone for Body {
    fn clone(&self) -> Self {
        match self {
            Self::None => Self::None,
            Self::Json(b) => Self::Json(b.clone()),
            Self::Typed(t) => Self::Typed(t.clone()),
            Self::Bytes {
                bytes,
                content_type,
            } => Self::Bytes {
                bytes: bytes.clone(),
                content_type: content_type.clone(),
            },
            Self::Stream { body, content_type } => Self::Stream {
                body: Arc::clone(body),
                content_type: content_type.clone(),
            },
        }
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => f.write_str("None"),
            Self::Json(b) => write!(f, "Json({} bytes)", b.len()),
            Self::Typed(t) => write!(f, "Typed({})", t.type_name()),
            Self::Bytes {
                bytes,
                content_type,
            } => write!(f, "Bytes({} bytes, {content_type})", bytes.len()),
            Self::Stream { content_type, .. } => write!(f, "Stream({content_type})"),
        }
    }
}

/// A value sent as JSON, kept typed until the send path serializes it.
pub struct TypedBody {
    value: Box<dyn Any + Send + Sync>,
    to_json: fn(&(dyn Any + Send + Sync)) -> Result<Vec<u8>, serde_json::Error>,
    clone: fn(&(dyn Any + Send + Sync)) -> Box<dyn Any + Send + Sync>,
    type_name: &'static str,
}

impl TypedBody {
    fn new<T: Serialize + Clone + Send + Sync + 'static>(value: T) -> Self {
        Self {
            value: Box::new(value),
            to_json: to_json::<T>,
            clone: clone_boxed::<T>,
            type_name: std::any::type_name::<T>(),
        }
    }

    /// The value, when it is a `T`.
    pub fn get<T: 'static>(&self) -> Option<&T> {
        self.value.downcast_ref()
    }

    /// The value, to change, when it is a `T`.
    pub fn get_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.value.downcast_mut()
    }

    /// The value's type, without module paths.
    pub fn type_name(&self) -> String {
        crate::de::short_name(self.type_name)
    }

    /// The value as JSON.
    pub(crate) fn to_json(&self) -> Result<Bytes, Error> {
        (self.to_json)(self.value.as_ref())
            .map(Bytes::from)
            .map_err(serialize_error)
    }
}

impl Clone for TypedBody {
    fn clone(&self) -> Self {
        Self {
            value: (self.clone)(self.value.as_ref()),
            ..*self
        }
    }
}

impl fmt::Debug for TypedBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The value may hold what should not reach a log: its type only.
        f.debug_tuple("TypedBody").field(&self.type_name()).finish()
    }
}

fn to_json<T: Serialize + 'static>(
    value: &(dyn Any + Send + Sync),
) -> Result<Vec<u8>, serde_json::Error> {
    match value.downcast_ref::<T>() {
        Some(value) => serde_json::to_vec(value),
        None => Err(serde::ser::Error::custom(
            "the typed body changed type (a hook replaced it)",
        )),
    }
}

fn clone_boxed<T: Clone + Send + Sync + 'static>(
    value: &(dyn Any + Send + Sync),
) -> Box<dyn Any + Send + Sync> {
    match value.downcast_ref::<T>() {
        Some(value) => Box::new(value.clone()),
        None => Box::new(()),
    }
}
