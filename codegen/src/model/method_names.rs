//! Method names: from the operationId with the resource's words removed
//! (`cancelEvalRun` on `/evals/{eval_id}/runs/{run_id}` -> `cancel`), the
//! HTTP verb's name when the id says nothing more, and the whole id where
//! names would collide.

use std::collections::{BTreeMap, BTreeSet};

use super::names::{Namer, field_name};
use super::operations::Operation;

/// Words an operationId joins its verb and nouns with, and `stream`, which
/// the `_stream` twin of a method already says.
const FILLER: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "of",
    "for",
    "by",
    "to",
    "from",
    "with",
    "on",
    "stream",
    "streaming",
];

/// The verb-like names every resource shares, by the verb an id may use.
const VERBS: &[(&str, &str)] = &[
    ("get", "retrieve"),
    ("retrieve", "retrieve"),
    ("list", "list"),
    ("create", "create"),
    ("update", "update"),
    ("modify", "update"),
    ("delete", "delete"),
    ("remove", "delete"),
];

/// The name `id` gives a method whose structural (HTTP verb) name is
/// `structural`, on a path with segments `segs`: `None` when the id says
/// nothing beyond the resource's words.
pub fn from_operation_id(
    id: &str,
    structural: &str,
    segs: &[&str],
    fixed_query: &[(String, String)],
) -> Option<String> {
    let mut resource: BTreeSet<String> = BTreeSet::new();
    let path_words = segs
        .iter()
        .map(|s| s.trim_start_matches('{').trim_end_matches('}'))
        .chain(fixed_query.iter().map(|(k, _)| k.as_str()));
    for seg in path_words {
        for word in field_name(seg, "x").split('_') {
            resource.extend(forms(word).into_iter().filter(|f| !f.is_empty()));
        }
    }
    // The method is the id's first word that is not the resource's: its
    // verb (`cancelEvalRun` -> `cancel`, `admin-api-keys-list` -> `list`).
    let snake = field_name(id, "x");
    let verb = snake
        .split('_')
        .find(|w| !w.is_empty() && !resource.contains(*w) && !FILLER.contains(w))?;
    // An id written as one word (`deleteprojectspendlimit`): a known verb
    // followed by nothing but the resource's words.
    let verb = VERBS
        .iter()
        .map(|(v, _)| *v)
        .find(|v| {
            verb.strip_prefix(v)
                .is_some_and(|rest| !rest.is_empty() && segments(rest, &resource))
        })
        .unwrap_or(verb);
    Some(match VERBS.iter().find(|(v, _)| *v == verb) {
        // `get` names a list as well as an item: the structure tells.
        Some((_, "retrieve")) if structural == "list" => "list".to_owned(),
        Some((_, name)) => (*name).to_owned(),
        // A keyword (`matchThings` -> `match`) becomes `match_`.
        None => field_name(verb, "call"),
    })
}

/// Whether `text` is a concatenation of words from `words`.
fn segments(text: &str, words: &BTreeSet<String>) -> bool {
    let mut reachable = vec![false; text.len() + 1];
    reachable[0] = true;
    for start in 0..text.len() {
        if !reachable[start] {
            continue;
        }
        for word in words {
            if text[start..].starts_with(word.as_str()) {
                reachable[start + word.len()] = true;
            }
        }
    }
    reachable[text.len()]
}

/// A word and the singular forms it may stand for (`batches` -> `batch`).
fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if let Some(stem) = word.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = word.strip_suffix("es") {
        out.push(stem.to_owned());
    }
    if let Some(stem) = word.strip_suffix('s') {
        out.push(stem.to_owned());
    }
    out
}

/// Falls back to the whole operation id where names collide within a
/// resource, or with a child resource's accessor.
pub fn dedupe(ops: &mut [Operation]) {
    let mut by_resource: BTreeMap<Vec<String>, Vec<usize>> = BTreeMap::new();
    for (i, op) in ops.iter().enumerate() {
        by_resource.entry(op.resource.clone()).or_default().push(i);
    }
    let children: BTreeSet<(Vec<String>, String)> = ops
        .iter()
        .flat_map(|op| {
            (1..op.resource.len()).map(|n| (op.resource[..n].to_vec(), op.resource[n].clone()))
        })
        .collect();
    for (resource, members) in by_resource {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for &i in &members {
            *counts.entry(ops[i].name.clone()).or_default() += 1;
        }
        let mut namer = Namer::new();
        for (r, child) in &children {
            if *r == resource {
                namer.reserve(child);
            }
        }
        for &i in &members {
            let structural = ops[i].name.clone();
            let clash = counts[&structural] > 1
                || namer.is_taken(&structural)
                || is_fixed_name(&structural);
            let name = if clash {
                field_name(&ops[i].id, "call")
            } else {
                structural
            };
            ops[i].name = namer.unique(&name);
        }
    }
}

fn is_fixed_name(name: &str) -> bool {
    matches!(
        name,
        "new"
            | "client"
            | "clone"
            | "fmt"
            | "default"
            | "eq"
            | "hash"
            | "into"
            | "from"
            | "to_owned"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(id: &str, structural: &str, path: &str) -> Option<String> {
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        from_operation_id(id, structural, &segs, &[])
    }

    #[test]
    fn resource_words_are_removed() {
        let cases = [
            (
                "cancelEvalRun",
                "update",
                "/evals/{eval_id}/runs/{run_id}",
                Some("cancel"),
            ),
            (
                "listFilesInVectorStoreBatch",
                "list",
                "/vector_stores/{vs}/file_batches/{b}/files",
                Some("list"),
            ),
            (
                "update-organization-data-retention",
                "create",
                "/organization/data_retention",
                Some("update"),
            ),
            (
                "modifyThread",
                "update",
                "/threads/{thread_id}",
                Some("update"),
            ),
            (
                "getChatCompletionMessages",
                "list",
                "/chat/completions/{id}/messages",
                Some("list"),
            ),
            (
                "retrieveModel",
                "retrieve",
                "/models/{model}",
                Some("retrieve"),
            ),
            ("get", "retrieve", "/things/{id}", Some("retrieve")),
            ("createFile", "create", "/files", Some("create")),
            ("listFiles", "list", "/files", Some("list")),
            ("files", "list", "/files", None),
            ("streamEvents", "create", "/events", None),
            ("matchThings", "create", "/things", Some("match_")),
            (
                "admin-api-keys-list",
                "list",
                "/organization/admin_api_keys",
                Some("list"),
            ),
            (
                "deleteprojectspendlimit",
                "delete",
                "/organization/projects/{p}/spend_limit",
                Some("delete"),
            ),
            (
                "getprojectspendlimit",
                "retrieve",
                "/organization/projects/{p}/spend_limit",
                Some("retrieve"),
            ),
            (
                "listPaginatedFineTuningJobs",
                "list",
                "/fine_tuning/jobs",
                Some("list"),
            ),
            (
                "unassign-group-role",
                "delete",
                "/organization/groups/{g}/roles/{r}",
                Some("unassign"),
            ),
            (
                "searchVectorStore",
                "create",
                "/vector_stores/{id}/search",
                None,
            ),
        ];
        for (id, structural, path, want) in cases {
            assert_eq!(name(id, structural, path).as_deref(), want, "{id}");
        }
    }
}
