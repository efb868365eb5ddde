//! Where an operation goes in the resource tree and what its method is
//! called: `/vector_stores/{id}/files` is `vector_stores().files()`, a
//! `GET` of it is `list`; `/runs/{id}/cancel` is the action `cancel`; a path
//! below an item with several methods is a singleton resource.

use std::collections::BTreeSet;

use super::{Operation, is_param};
use crate::model::names::field_name;

/// The resource path and a structural method name.
pub(super) fn place(op: &mut Operation, all_paths: &BTreeSet<String>, methods: usize) {
    let segs: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
    let mut statics: Vec<String> = segs
        .iter()
        .filter(|s| !is_param(s))
        .map(|s| field_name(s, "root"))
        .collect();
    let last_is_param = segs.last().is_some_and(|s| is_param(s));
    let extended = all_paths.iter().any(|p| {
        p.len() > op.path.len() && p.starts_with(&op.path) && p.as_bytes()[op.path.len()] == b'/'
    });
    let parent = segs
        .len()
        .checked_sub(1)
        .map(|n| format!("/{}", segs[..n].join("/")));
    let is_action = !last_is_param
        && !extended
        && segs.len() >= 2
        && (is_param(segs[segs.len() - 2])
            || parent.as_ref().is_some_and(|p| all_paths.contains(p)));
    // A path below an item with several methods is a singleton resource
    // (`/projects/{id}/spend_limit`: retrieve, update, delete).
    let singleton = is_action && methods > 1 && segs.len() >= 2 && is_param(segs[segs.len() - 2]);
    let verb = op.method.to_ascii_lowercase();
    // A page of things below an item is a resource of its own
    // (`/chat/completions/{id}/messages`: `messages().list(id)`).
    let listing = is_action && verb == "get" && op.pagination.is_some();
    let is_action = is_action && !singleton && !listing;
    let from_verb = !is_action || singleton;
    op.name = if singleton {
        match verb.as_str() {
            "get" => "retrieve",
            "post" | "put" | "patch" => "update",
            "delete" => "delete",
            other => other,
        }
        .to_owned()
    } else if is_action {
        statics.pop().unwrap_or_default()
    } else if last_is_param {
        match verb.as_str() {
            "get" => "retrieve",
            "post" | "patch" => "update",
            "put" => "replace",
            "delete" => "delete",
            other => other,
        }
        .to_owned()
    } else {
        match verb.as_str() {
            "get" if op.pagination.is_some() || is_list(op) => "list",
            "get" => "retrieve",
            "post" => "create",
            "put" | "patch" => "update",
            "delete" => "delete",
            other => other,
        }
        .to_owned()
    };
    if from_verb
        && let Some(name) =
            crate::model::method_names::from_operation_id(&op.id, &op.name, &segs, &op.fixed_query)
    {
        op.name = name;
    }
    if statics.is_empty() {
        statics.push("root".to_owned());
    }
    // `/responses?beta=true` is another API than `/responses`: it lives under
    // its own namespace (`client.beta().responses()`).
    for (key, _) in op.fixed_query.iter().rev() {
        statics.insert(0, field_name(key, "variant"));
    }
    op.feature = statics[0].replace('_', "-");
    op.resource = statics;
}

fn is_list(op: &Operation) -> bool {
    op.id.to_ascii_lowercase().starts_with("list")
}

#[cfg(test)]
mod tests {
    use crate::model::operations::tests::model_of;
    use serde_json::json;

    fn unit(id: &str) -> serde_json::Value {
        json!({"operationId": id, "responses": {"204": {"description": "none"}}})
    }

    #[test]
    fn resources_and_method_names_come_from_the_path() {
        let m = model_of(json!({
            "/vector_stores": {"get": unit("listVectorStores"), "post": unit("createVectorStore")},
            "/vector_stores/{id}": {"get": unit("getVectorStore"), "delete": unit("deleteVectorStore")},
            "/vector_stores/{id}/files": {"get": unit("listFiles")},
            "/runs/{id}/cancel": {"post": unit("cancelRun")},
            "/projects/{id}/limit": {"get": unit("getLimit"), "post": unit("setLimit")},
            "/responses?beta=true": {"post": unit("createBetaResponse")}
        }));
        let placed: Vec<_> = m
            .operations
            .iter()
            .map(|o| format!("{}.{}", o.resource.join("."), o.name))
            .collect();
        assert_eq!(
            placed,
            [
                "vector_stores.list",
                "vector_stores.create",
                "vector_stores.retrieve",
                "vector_stores.delete",
                // An action below an item (no page to make it a resource).
                "vector_stores.files",
                "runs.cancel",
                "projects.limit.retrieve",
                // The operation id names the method when it says more.
                "projects.limit.set",
                "beta.responses.create",
            ]
        );
        assert_eq!(m.operations[0].feature, "vector-stores");
        assert_eq!(m.operations[8].feature, "beta");
    }
}
