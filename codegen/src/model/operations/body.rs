//! The request body of an operation: which media type is sent (multipart,
//! then JSON, then a form, then the first), how it is encoded, and its type.

use serde_json::Value;

use super::{BodyKind, FORM, Raw, RequestBody, is_json};
use crate::load::{
    Document, MediaObject, OperationObject, RequestBodyObject, Schema, escape_pointer,
};
use crate::model::types::{Builder, TypeRef};

/// The media type of a request body that the client sends.
#[derive(Debug)]
pub struct Media<'a> {
    /// How it is encoded.
    pub kind: BodyKind,
    /// Its schema and the schema's pointer.
    pub schema: Option<(&'a Value, String)>,
    /// The media type's pointer.
    pub pointer: String,
}

/// The body an operation's `requestBody` declares, and whether it is
/// required; `Err` carries a problem with its pointer.
pub fn media<'a>(
    doc: &'a Document,
    op: &'a Value,
    op_pointer: &str,
) -> Result<Option<(Media<'a>, bool)>, (String, String)> {
    let Some(rb) = OperationObject::new(op).request_body() else {
        return Ok(None);
    };
    let rb_ptr = format!("{op_pointer}/requestBody");
    let (rb, rb_ptr) = doc
        .deref(rb, &rb_ptr)
        .map_err(|e| (rb_ptr, e.to_string()))?;
    let rb = RequestBodyObject::new(rb);
    let required = rb.is_required();
    let Some(content) = rb.content() else {
        return Ok(None);
    };
    let pick = content
        .keys()
        .find(|k| k.starts_with("multipart/form-data"))
        .or_else(|| content.keys().find(|k| is_json(k)))
        .or_else(|| content.keys().find(|k| k.starts_with(FORM)))
        .or_else(|| content.keys().next());
    let Some(ct) = pick else {
        return Ok(None);
    };
    let pointer = format!("{rb_ptr}/content/{}", escape_pointer(ct));
    let schema = MediaObject::new(&content[ct]).schema();
    let kind = if ct.starts_with("multipart/form-data") {
        BodyKind::Multipart
    } else if is_json(ct) {
        BodyKind::Json
    } else if ct.starts_with(FORM)
        && schema.and_then(|s| Schema::new(s).type_name()) == Some("object")
    {
        BodyKind::Form
    } else {
        BodyKind::Binary(ct.clone())
    };
    let schema = schema.map(|s| (s, format!("{pointer}/schema")));
    Ok(Some((
        Media {
            kind,
            schema,
            pointer,
        },
        required,
    )))
}

/// A typed request body.
#[derive(Debug, Default)]
pub struct Body {
    /// The body, if the operation takes one.
    pub body: Option<RequestBody>,
    /// Whether it is required.
    pub required: bool,
    /// Whether it has a boolean `stream` property.
    pub has_stream_flag: bool,
}

impl<'a> Builder<'a> {
    /// The request body of `raw`, typed (named `{ctx}Request` when inline).
    pub(super) fn request_body(&mut self, doc: &'a Document, raw: &Raw<'a>, ctx: &str) -> Body {
        let (media, required) = match media(doc, raw.op, &raw.pointer) {
            Ok(Some(found)) => found,
            Ok(None) => return Body::default(),
            Err((pointer, message)) => {
                self.warn(&pointer, message);
                return Body::default();
            }
        };
        let ty = match (&media.kind, &media.schema) {
            (BodyKind::Binary(_), _) => TypeRef::Binary,
            (_, Some((s, p))) => self.type_of(s, p, &format!("{ctx}Request"), 0),
            (_, None) => TypeRef::Any,
        };
        if media.kind == BodyKind::Multipart && self.space().as_struct(&ty).is_none() {
            self.warn(
                &media.pointer,
                "multipart body is not an object; sent as JSON fields of a form",
            );
        }
        let space = self.space();
        let has_stream_flag = space.as_struct(&ty).is_some_and(|(_, s)| {
            s.fields
                .iter()
                .any(|f| f.wire == "stream" && matches!(space.resolve(&f.ty), TypeRef::Bool))
        });
        Body {
            body: Some(RequestBody {
                kind: media.kind,
                ty,
            }),
            required,
            has_stream_flag,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::operations::BodyKind;
    use crate::model::operations::tests::model_of;
    use serde_json::json;

    fn body_of(content: serde_json::Value) -> crate::model::Model {
        model_of(json!({"/x": {"post": {
            "operationId": "upload",
            "requestBody": {"required": true, "content": content},
            "responses": {"204": {"description": "none"}}}}}))
    }

    #[test]
    fn multipart_wins_then_json_then_forms_then_bytes() {
        let object = json!({"type": "object", "properties": {"stream": {"type": "boolean"}}});
        let m = body_of(json!({
            "application/json": {"schema": object},
            "multipart/form-data": {"schema": object}}));
        let op = &m.operations[0];
        assert_eq!(
            op.body.as_ref().map(|b| &b.kind),
            Some(&BodyKind::Multipart)
        );
        assert!(op.body_required && op.body_has_stream_flag);
        let names: Vec<_> = m.types.iter().map(|(_, t)| t.name.as_str()).collect();
        assert_eq!(names, ["UploadRequest"]);

        let m = body_of(json!({"application/x-www-form-urlencoded": {"schema": object}}));
        assert_eq!(
            m.operations[0].body.as_ref().map(|b| &b.kind),
            Some(&BodyKind::Form)
        );

        let m = body_of(json!({"application/octet-stream": {}}));
        let kind = m.operations[0].body.as_ref().map(|b| b.kind.clone());
        assert_eq!(
            kind,
            Some(BodyKind::Binary("application/octet-stream".into()))
        );
    }

    #[test]
    fn a_multipart_body_that_is_no_object_is_warned_about() {
        let m = body_of(json!({"multipart/form-data": {"schema": {"type": "string"}}}));
        assert!(
            m.warnings
                .iter()
                .any(|w| w.message.contains("multipart body is not an object"))
        );
    }
}
