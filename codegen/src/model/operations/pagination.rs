//! Auto-pagination: a `GET` whose answer has a `data` array is a page;
//! the next one is asked for with `after` (the page's `last_id`, or the
//! last item's `id`) while `has_more`, or with a `next`-style cursor.

use super::{Cursor, Location, Operation, Pagination, Response};
use crate::model::types::{TypeKind, TypeRef, TypeSpace};

/// The pagination of `op`, if its answer is a page.
pub(super) fn pagination(space: &TypeSpace, op: &Operation) -> Option<Pagination> {
    if op.method != "GET" {
        return None;
    }
    let Response::Json(ty) = &op.response else {
        return None;
    };
    let (page, s) = space.as_struct(ty)?;
    let field = |name: &str| s.fields.iter().find(|f| f.wire == name);
    let query = |name: &str| {
        op.params.as_ref().is_some_and(|(id, ps)| {
            ps.iter()
                .any(|p| p.wire == name && p.location == Location::Query)
                && matches!(&space[*id].kind, TypeKind::Struct(_))
        })
    };
    let data = field("data")?;
    let TypeRef::Array(item) = space.resolve(&data.ty) else {
        return None;
    };
    let item = (**item).clone();
    let has_more = field("has_more").filter(|h| matches!(space.resolve(&h.ty), TypeRef::Bool));
    let has_more_optional = has_more.is_some_and(|h| !h.required || space.is_nullable(&h.ty));
    if has_more.is_some() && query("after") {
        let cursor =
            if field("last_id").is_some_and(|f| matches!(space.resolve(&f.ty), TypeRef::String)) {
                Some(Cursor::LastId)
            } else if space.as_struct(&item).is_some_and(|(_, it)| {
                it.fields
                    .iter()
                    .any(|f| f.wire == "id" && f.required && f.ty == TypeRef::String)
            }) {
                Some(Cursor::LastItemId)
            } else {
                None
            };
        // Without an id to continue from, a `next` cursor may still serve.
        if let Some(cursor) = cursor {
            return Some(Pagination {
                page,
                item,
                cursor,
                has_more_optional,
            });
        }
    }
    for (q, f) in [
        ("page", "next_page"),
        ("after", "next"),
        ("cursor", "next_cursor"),
    ] {
        if query(q) && field(f).is_some_and(|fd| matches!(space.resolve(&fd.ty), TypeRef::String)) {
            return Some(Pagination {
                page,
                item,
                cursor: Cursor::Next {
                    query: q.to_owned(),
                    field: f.to_owned(),
                },
                has_more_optional,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::model::operations::Cursor;
    use crate::model::operations::tests::model_of;
    use serde_json::json;

    fn list(page: serde_json::Value, query: &[&str]) -> Option<Cursor> {
        let params: Vec<_> = query
            .iter()
            .map(|q| json!({"name": q, "in": "query", "schema": {"type": "string"}}))
            .collect();
        let m = model_of(json!({"/things": {"get": {
            "operationId": "listThings",
            "parameters": params,
            "responses": {"200": {"content": {"application/json": {"schema": page}}}}}}}));
        m.operations[0]
            .pagination
            .as_ref()
            .map(|p| p.cursor.clone())
    }

    fn page(extra: serde_json::Value) -> serde_json::Value {
        let mut props = json!({
            "data": {"type": "array", "items": {"type": "object", "required": ["id"],
                "properties": {"id": {"type": "string"}}}},
            "has_more": {"type": "boolean"}});
        props
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        json!({"type": "object", "properties": props})
    }

    #[test]
    fn cursors() {
        let last_id = json!({"last_id": {"type": "string"}});
        assert_eq!(list(page(last_id), &["after"]), Some(Cursor::LastId));
        assert_eq!(list(page(json!({})), &["after"]), Some(Cursor::LastItemId));
        let next = json!({"next_page": {"type": "string"}});
        assert_eq!(
            list(page(next), &["page"]),
            Some(Cursor::Next {
                query: "page".into(),
                field: "next_page".into()
            })
        );
        // No cursor parameter: no pagination.
        assert_eq!(list(page(json!({})), &[]), None);
    }
}
