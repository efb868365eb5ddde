//! `multipart/form-data` bodies, encoded to bytes up front so that every
//! attempt (and every authenticator) sees exactly the same replayable body.

use bytes::{BufMut, Bytes, BytesMut};
use serde::Serialize;
use serde_json::Value;
use std::fmt;

use crate::query::scalar_text;

/// A file to upload: its bytes, a file name and a MIME type.
#[derive(Clone, PartialEq)]
pub struct FilePart {
    bytes: Bytes,
    file_name: String,
    mime: String,
}

impl FilePart {
    /// A file from bytes in memory. The MIME type is guessed from the file
    /// name's extension (`application/octet-stream` when unknown).
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let mime = guess_mime(&file_name).to_owned();
        Self {
            bytes: bytes.into(),
            file_name,
            mime,
        }
    }

    /// Overrides the MIME type.
    pub fn mime(mut self, mime: impl Into<String>) -> Self {
        self.mime = mime.into();
        self
    }

    /// The MIME type sent with the part.
    pub fn mime_type(&self) -> &str {
        &self.mime
    }

    /// The file name sent with the part.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("mime", &self.mime)
            .field("len", &self.bytes.len())
            .finish()
    }
}

// A file part serializes as its file name: query strings and JSON echoes of a
// multipart request never carry file contents.
impl Serialize for FilePart {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.file_name)
    }
}

impl<'de> serde::Deserialize<'de> for FilePart {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(Self::from_bytes(name, Bytes::new()))
    }
}

fn guess_mime(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "json" => "application/json",
        "jsonl" => "application/jsonl",
        "txt" | "md" => "text/plain",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "mp3" => "audio/mpeg",
        "wav" => "audio/wav",
        "m4a" => "audio/mp4",
        "ogg" => "audio/ogg",
        "flac" => "audio/flac",
        "webm" => "audio/webm",
        "mp4" => "video/mp4",
        "zip" => "application/zip",
        "csv" => "text/csv",
        _ => "application/octet-stream",
    }
}

enum Part {
    Text { name: String, value: String },
    File { name: String, file: FilePart },
}

/// A form under construction.
#[derive(Default)]
pub struct Form {
    parts: Vec<Part>,
}

impl fmt::Debug for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Form")
            .field("parts", &self.parts.len())
            .finish()
    }
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text field.
    pub fn text(&mut self, name: impl Into<String>, value: impl Into<String>) -> &mut Self {
        self.parts.push(Part::Text {
            name: name.into(),
            value: value.into(),
        });
        self
    }

    /// Adds a file field.
    pub fn file(&mut self, name: impl Into<String>, file: &FilePart) -> &mut Self {
        self.parts.push(Part::File {
            name: name.into(),
            file: file.clone(),
        });
        self
    }

    /// Adds any serializable value: scalars as text, arrays as repeated
    /// `name[]` fields, objects as `name[key]` fields; `null` is skipped.
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        if let Ok(v) = serde_json::to_value(value) {
            self.push_value(name, &v);
        }
        self
    }

    fn push_value(&mut self, name: &str, value: &Value) {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                let key = format!("{name}[]");
                for item in items {
                    self.push_value(&key, item);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    self.push_value(&format!("{name}[{k}]"), v);
                }
            }
            scalar => {
                if let Some(text) = scalar_text(scalar) {
                    self.text(name, text);
                }
            }
        }
    }

    /// Encodes the form; returns the body and its `Content-Type` value.
    pub fn encode(&self) -> (Bytes, String) {
        let boundary = format!(
            "sdk-boundary-{:016x}{:016x}",
            fastrand::u64(..),
            fastrand::u64(..)
        );
        let mut out = BytesMut::new();
        for part in &self.parts {
            out.put_slice(b"--");
            out.put_slice(boundary.as_bytes());
            out.put_slice(b"\r\n");
            match part {
                Part::Text { name, value } => {
                    out.put_slice(
                        format!(
                            "Content-Disposition: form-data; name=\"{}\"\r\n\r\n",
                            escape(name)
                        )
                        .as_bytes(),
                    );
                    out.put_slice(value.as_bytes());
                }
                Part::File { name, file } => {
                    out.put_slice(
                        format!(
                            "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                            escape(name),
                            escape(&file.file_name),
                            file.mime
                        )
                        .as_bytes(),
                    );
                    out.put_slice(&file.bytes);
                }
            }
            out.put_slice(b"\r\n");
        }
        out.put_slice(b"--");
        out.put_slice(boundary.as_bytes());
        out.put_slice(b"--\r\n");
        (
            out.freeze(),
            format!("multipart/form-data; boundary={boundary}"),
        )
    }
}

/// Escapes a header parameter value (quotes, CR and LF).
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Implemented by generated multipart request bodies.
pub trait ToForm {
    /// Writes the fields of `self` into `form`.
    fn to_form(&self, form: &mut Form);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_text_and_files() {
        let mut form = Form::new();
        form.text("purpose", "batch")
            .file("file", &FilePart::from_bytes("a.jsonl", "{}"))
            .field("tags", &["x", "y"]);
        let (body, ct) = form.encode();
        let boundary = ct.split("boundary=").nth(1).unwrap();
        let text = String::from_utf8(body.to_vec()).unwrap();
        assert!(text.starts_with(&format!("--{boundary}\r\n")));
        assert!(text.contains("name=\"purpose\"\r\n\r\nbatch\r\n"));
        assert!(
            text.contains("filename=\"a.jsonl\"\r\nContent-Type: application/jsonl\r\n\r\n{}\r\n")
        );
        assert!(text.contains("name=\"tags[]\"\r\n\r\nx\r\n"));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }
}
