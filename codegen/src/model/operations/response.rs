//! What an operation answers: its first success response, typed JSON,
//! bytes (binary content, or a bare string that is a file's text) or
//! nothing, and the event type when it can answer with server-sent events.

use super::{Raw, Response, is_json};
use crate::load::{Document, MediaObject, OperationObject, ResponseObject, escape_pointer};
use crate::model::types::{Builder, TypeRef};

/// The typed answer of an operation.
#[derive(Debug)]
pub struct Answer {
    /// The response.
    pub response: Response,
    /// The event type of its stream, if it has one.
    pub stream: Option<TypeRef>,
}

impl<'a> Builder<'a> {
    /// The answer of `raw` (inline types named `{ctx}Response` and
    /// `{ctx}Event`).
    pub(super) fn answer(&mut self, doc: &'a Document, raw: &Raw<'a>, ctx: &str) -> Answer {
        let mut answer = Answer {
            response: Response::Unit,
            stream: None,
        };
        let Some(responses) = OperationObject::new(raw.op).responses() else {
            return answer;
        };
        let Some((code, resp)) = responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .min_by_key(|(code, _)| code.to_string())
        else {
            return answer;
        };
        let resp_ptr = format!("{}/responses/{code}", raw.pointer);
        let (resp, resp_ptr) = match doc.deref(resp, &resp_ptr) {
            Ok(found) => found,
            Err(e) => {
                self.warn(&resp_ptr, e.to_string());
                return answer;
            }
        };
        let Some(content) = ResponseObject::new(resp).content() else {
            return answer;
        };
        let mut json = None;
        let mut binary = false;
        for (ct, media) in content {
            let schema_ptr = format!("{resp_ptr}/content/{}/schema", escape_pointer(ct));
            let typed = |this: &mut Self, suffix: &str| match MediaObject::new(media).schema() {
                Some(s) => this.type_of(s, &schema_ptr, &format!("{ctx}{suffix}"), 0),
                None => TypeRef::Any,
            };
            if ct.starts_with("text/event-stream") {
                answer.stream = Some(typed(self, "Event"));
            } else if is_json(ct) {
                json = Some(typed(self, "Response"));
            } else {
                binary = true;
            }
        }
        answer.response = match json {
            _ if binary => Response::Bytes,
            // A bare string "JSON" answer is a file's text.
            Some(ty) if matches!(self.space().resolve(&ty), TypeRef::String) => Response::Bytes,
            Some(ty) => Response::Json(ty),
            None => Response::Unit,
        };
        answer
    }
}

#[cfg(test)]
mod tests {
    use crate::model::operations::Response;
    use crate::model::operations::tests::model_of;
    use crate::model::types::TypeRef;
    use serde_json::json;

    fn answer(responses: serde_json::Value) -> crate::model::operations::Operation {
        let m = model_of(json!({"/x": {"get": {"operationId": "getX", "responses": responses}}}));
        m.operations[0].clone()
    }

    #[test]
    fn the_first_success_is_typed_with_its_stream() {
        let object = json!({"type": "object", "properties": {"a": {"type": "string"}}});
        let op = answer(json!({
            "default": {"description": "error"},
            "201": {"content": {"application/json": {"schema": {"type": "integer"}}}},
            "200": {"content": {
                "application/json": {"schema": object},
                "text/event-stream": {"schema": object}}}}));
        assert!(matches!(op.response, Response::Json(TypeRef::Named(_))));
        assert!(op.stream.is_some());
        assert_eq!(op.roots.len(), 2);
    }

    #[test]
    fn binary_and_text_answers_are_bytes_and_none_is_unit() {
        let op = answer(json!({"200": {"content": {"application/octet-stream": {}}}}));
        assert_eq!(op.response, Response::Bytes);
        let op = answer(
            json!({"200": {"content": {"application/json": {"schema": {"type": "string"}}}}}),
        );
        assert_eq!(op.response, Response::Bytes);
        let op = answer(json!({"204": {"description": "gone"}}));
        assert_eq!(op.response, Response::Unit);
        let op = answer(json!({"200": {"content": {"application/json": {}}}}));
        assert_eq!(op.response, Response::Json(TypeRef::Any));
    }
}
