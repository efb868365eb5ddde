//! Webhooks: the payload type of each webhook the document declares, and
//! `WebhookEvent`, the union of every payload told apart by its `type`.

use super::names::{Namer, type_name};
use super::types::{Builder, TypeId, TypeKind, TypeRef, Union, UnionVariant};
use crate::load::{Document, METHODS, escape_pointer};

/// A webhook event payload.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// The webhook's name in the spec.
    pub name: String,
    /// Its payload type.
    pub ty: TypeRef,
}

/// Every webhook payload of `doc`, then `WebhookEvent` (named `*`) when
/// the payloads can be told apart by their `type`.
pub fn build<'a>(doc: &'a Document, builder: &mut Builder<'a>) -> Vec<Webhook> {
    let mut webhooks: Vec<Webhook> = Vec::new();
    if let Some(hooks) = doc.webhooks() {
        for (name, item) in hooks {
            let ptr = format!("/webhooks/{}", escape_pointer(name));
            let Ok((item, ptr)) = doc.deref(item, &ptr) else {
                continue;
            };
            for m in METHODS {
                let body = format!("/{m}/requestBody/content/application~1json/schema");
                let Some(schema) = item.pointer(&body) else {
                    continue;
                };
                let ctx = format!("{}Webhook", type_name(name, "Webhook"));
                let ty = builder.type_of(schema, &format!("{ptr}{body}"), &ctx, 0);
                webhooks.push(Webhook {
                    name: name.clone(),
                    ty,
                });
            }
        }
    }
    if let Some(id) = webhook_union(builder, &webhooks) {
        webhooks.push(Webhook {
            name: "*".into(),
            ty: TypeRef::Named(id),
        });
    }
    webhooks
}

/// `WebhookEvent`: every webhook payload, told apart by its `type`.
fn webhook_union(builder: &mut Builder<'_>, hooks: &[Webhook]) -> Option<TypeId> {
    let space = builder.space();
    let mut variants = Vec::new();
    let mut namer = Namer::new();
    for hook in hooks {
        let (_, s) = space.as_struct(&hook.ty)?;
        let tag = s.fields.iter().find(|f| f.wire == "type")?;
        let TypeRef::Named(tag_id) = space.resolve(&tag.ty) else {
            return None;
        };
        let TypeKind::Enum(e) = &space[*tag_id].kind else {
            return None;
        };
        let wires: Vec<String> = e.variants.iter().map(|v| v.wire.clone()).collect();
        let first = wires.first()?.clone();
        variants.push(UnionVariant {
            name: namer.unique(&type_name(&first, "Event")),
            ty: hook.ty.clone(),
            tags: wires,
            boxed: false,
        });
    }
    if variants.is_empty() {
        return None;
    }
    let fallback = namer.unique("Unknown");
    let id = builder.reserve_type("/webhooks", "WebhookEvent");
    let def = builder.type_mut(id);
    def.docs = Some("Any webhook delivery, told apart by its `type`.".into());
    def.kind = TypeKind::Union(Union {
        tag: Some("type".into()),
        variants,
        fallback,
    });
    Some(id)
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::model::{Model, TypeKind, TypeRef};
    use serde_json::json;

    #[test]
    fn each_payload_is_typed_and_webhook_event_tells_them_apart() {
        let hook = |event: &str| {
            json!({"post": {"requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "required": ["type"], "properties": {
                    "type": {"type": "string", "enum": [event]},
                    "data": {"type": "object", "properties": {"id": {"type": "string"}}}}}}}}}})
        };
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "webhooks": {"batch.done": hook("batch.done"), "batch.failed": hook("batch.failed")}
        }))
        .expect("document");
        let model = Model::build(&doc);
        let names: Vec<_> = model.webhooks.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, ["batch.done", "batch.failed", "*"]);
        let TypeRef::Named(id) = &model.webhooks[2].ty else {
            panic!("a named union");
        };
        assert_eq!(model.types[*id].name, "WebhookEvent");
        let TypeKind::Union(u) = &model.types[*id].kind else {
            panic!("a union");
        };
        assert_eq!(u.tag.as_deref(), Some("type"));
        let variants: Vec<_> = u
            .variants
            .iter()
            .map(|v| (v.name.as_str(), v.tags.clone()))
            .collect();
        assert_eq!(
            variants,
            [
                ("BatchDone", vec!["batch.done".to_owned()]),
                ("BatchFailed", vec!["batch.failed".to_owned()])
            ]
        );
        // The two payloads are equal but for their tag: not merged.
        assert_ne!(model.webhooks[0].ty, model.webhooks[1].ty);
    }
}
