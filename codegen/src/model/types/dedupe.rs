//! One type per shape. Types that are structurally equal (same fields and
//! variants, the same types in them, the same docs modulo whitespace, the
//! same tags) are emitted once. Equality is found by partition refinement,
//! so recursive types compare equal when they unfold alike. Of each set of
//! equal types one is kept: a component schema before an inline type, then
//! a name without a trailing number, then the shortest. The other component schemas become aliases of it
//! (names a user could have written); other inline types disappear.
//! References through aliases are followed, so no alias names an alias.

use std::collections::{BTreeMap, HashMap};

use super::{TypeDef, TypeId, TypeKind, TypeRef, TypeSpace};

/// Merges equal types and compacts the space; returns the new id of every
/// old id (a merged type's is the one it was merged into).
pub fn merge_equal(space: &mut TypeSpace) -> Vec<TypeId> {
    let through = alias_targets(space);
    let class = classes(space, &through);

    // The type kept for each class of defined types.
    let mut kept: HashMap<usize, TypeId> = HashMap::new();
    for (id, def) in space.iter().filter(|(_, def)| def.kind.is_defined()) {
        kept.entry(class[id.index()])
            .and_modify(|k| {
                if better(def, &space[*k]) {
                    *k = id;
                }
            })
            .or_insert(id);
    }
    let target: Vec<TypeId> = space
        .iter()
        .map(|(id, def)| match def.kind.is_defined() {
            true => kept[&class[id.index()]],
            false => id,
        })
        .collect();

    // Merged component schemas become aliases; merged inline types go.
    let mut dropped = vec![false; space.len()];
    for id in space.ids() {
        let to = target[id.index()];
        if to != id {
            if is_component(&space[id].pointer) {
                space[id].kind = TypeKind::Alias(TypeRef::Named(to));
            } else {
                dropped[id.index()] = true;
            }
        }
    }
    // References go to the kept type, through aliases of plain names.
    let resolved: Vec<TypeId> = through.iter().map(|end| target[end.index()]).collect();
    for id in space.ids() {
        let aliased = matches!(space[id].kind, TypeKind::Alias(TypeRef::Named(_)));
        space[id].kind.map_ids(&|to| {
            // An alias names the end of the chain; a field the name it had
            // (unless that type was merged away).
            if aliased {
                resolved[to.index()]
            } else {
                target[to.index()]
            }
        });
    }

    // Compaction. Every target is kept: it is its own target.
    let new_id = space.retain(|id| !dropped[id.index()]);
    let moved = |id: TypeId| new_id[id.index()].expect("a kept type keeps an id");
    let old_to_new: Vec<TypeId> = target.iter().map(|&to| moved(to)).collect();
    for def in space.defs_mut() {
        def.kind.map_ids(&|id| old_to_new[id.index()]);
    }
    // A component schema's pointer names its alias; a dropped type's the
    // type it was merged into.
    for id in space.by_pointer.values_mut() {
        *id = if dropped[id.index()] {
            old_to_new[id.index()]
        } else {
            moved(*id)
        };
    }
    old_to_new
}

/// The type each type stands for: itself, or for an alias of a plain name
/// (`pub type A = B;`), the end of that chain.
fn alias_targets(space: &TypeSpace) -> Vec<TypeId> {
    space
        .ids()
        .map(|start| {
            let mut id = start;
            for _ in 0..16 {
                match &space[id].kind {
                    TypeKind::Alias(TypeRef::Named(next)) if *next != start => id = *next,
                    _ => break,
                }
            }
            id
        })
        .collect()
}

/// Whether `a` is a better type to keep than `b`.
fn better(a: &TypeDef, b: &TypeDef) -> bool {
    let key = |d: &TypeDef| {
        (
            !is_component(&d.pointer),
            d.name.ends_with(|c: char| c.is_ascii_digit()),
            d.name.len(),
        )
    };
    key(a) < key(b)
}

/// A component schema's own pointer (not a pointer inside one).
fn is_component(pointer: &str) -> bool {
    pointer
        .strip_prefix("/components/schemas/")
        .is_some_and(|rest| !rest.contains('/'))
}

/// The class of every type: equal classes, equal shapes. Aliases are each
/// their own class; references to them count as references to their ends.
fn classes(space: &TypeSpace, through: &[TypeId]) -> Vec<usize> {
    let n = space.len();
    // The part of each signature that does not depend on other types,
    // interned, and the types it refers to, in order.
    let mut local_ids: HashMap<String, usize> = HashMap::new();
    let mut local = Vec::with_capacity(n);
    let mut refs = Vec::with_capacity(n);
    for (id, def) in space.iter() {
        let mut out = Vec::new();
        let text = match def.kind.is_defined() {
            true => local_signature(def, &mut out),
            false => format!("alias {}", id.index()),
        };
        let next = local_ids.len();
        local.push(*local_ids.entry(text).or_insert(next));
        refs.push(
            out.into_iter()
                .map(|to| through[to.index()].index())
                .collect::<Vec<_>>(),
        );
    }
    // Refinement from one class for all: split until nothing splits.
    let mut class = vec![0usize; n];
    let mut count = 1;
    loop {
        let mut ids: BTreeMap<(usize, usize, Vec<usize>), usize> = BTreeMap::new();
        let next: Vec<usize> = (0..n)
            .map(|id| {
                let key = (
                    class[id],
                    local[id],
                    refs[id].iter().map(|r| class[*r]).collect(),
                );
                let fresh = ids.len();
                *ids.entry(key).or_insert(fresh)
            })
            .collect();
        let split = ids.len();
        class = next;
        if split == count {
            return class;
        }
        count = split;
    }
}

/// A type's signature without the types it refers to (written `#`, and
/// pushed to `refs` in order).
fn local_signature(def: &TypeDef, refs: &mut Vec<TypeId>) -> String {
    let mut s = format!("{}|{:?}|", words(def.docs.as_deref()), def.deprecated);
    match &def.kind {
        TypeKind::Struct(st) => {
            s.push_str("struct");
            for f in &st.fields {
                s.push_str(&format!(
                    "|{} {} {} {} {} {:?} {}",
                    f.name,
                    f.wire,
                    shape_of(&f.ty, refs),
                    f.required,
                    f.flatten,
                    f.deprecated,
                    words(f.docs.as_deref())
                ));
            }
            if let Some(a) = &st.additional {
                s.push_str(&format!("|+{}", shape_of(a, refs)));
            }
            s.push_str(&format!("|{:?}", st.alternatives));
        }
        TypeKind::Enum(e) => {
            s.push_str("enum");
            for v in &e.variants {
                s.push_str(&format!("|{} {}", v.name, v.wire));
            }
            s.push_str(&format!("|{:?} {}", e.default, e.open));
        }
        TypeKind::Union(u) => {
            s.push_str(&format!("union {:?} {}", u.tag, u.fallback));
            for v in &u.variants {
                s.push_str(&format!(
                    "|{} {} {:?}",
                    v.name,
                    shape_of(&v.ty, refs),
                    v.tags
                ));
            }
        }
        TypeKind::Alias(ty) => s.push_str(&format!("alias {}", shape_of(ty, refs))),
    }
    s
}

/// A reference with `#` for named types.
fn shape_of(ty: &TypeRef, refs: &mut Vec<TypeId>) -> String {
    match ty {
        TypeRef::Named(id) => {
            refs.push(*id);
            "#".into()
        }
        TypeRef::Array(inner) => format!("[{}]", shape_of(inner, refs)),
        TypeRef::Map(inner) => format!("{{{}}}", shape_of(inner, refs)),
        TypeRef::Nullable(inner) => format!("?{}", shape_of(inner, refs)),
        other => format!("{other:?}"),
    }
}

/// Text with its whitespace normalized.
fn words(text: Option<&str>) -> String {
    text.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::tests::space_of;
    use serde_json::json;

    fn merged(schemas: serde_json::Value) -> (TypeSpace, Vec<TypeId>) {
        let mut space = space_of(schemas);
        let map = merge_equal(&mut space);
        (space, map)
    }

    fn item(doc: &str) -> serde_json::Value {
        json!({"type": "object", "description": doc, "properties": {
            "text": {"type": "string"},
            "parts": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}}}})
    }

    #[test]
    fn equal_components_become_aliases_of_the_shortest_name_and_inline_copies_go() {
        let (space, map) = merged(json!({
            "BetaItem": item("An item."),
            "Item": item("An  item.\n"),
            "Other": item("Another thing.")
        }));
        // `Item` is kept (shorter than `BetaItem`), `ItemPart` is the
        // shortest of the three equal inline parts.
        assert_eq!(space.names(), ["BetaItem", "Item", "ItemPart", "Other"]);
        assert!(matches!(
            space[TypeId(0)].kind,
            TypeKind::Alias(TypeRef::Named(TypeId(1)))
        ));
        // References to `BetaItem` go to `Item`; its pointer names its alias.
        assert_eq!(map, [1, 2, 1, 2, 3, 2].map(TypeId));
        assert_eq!(space.by_pointer["/components/schemas/BetaItem"], TypeId(0));
        let TypeKind::Struct(other) = &space[TypeId(3)].kind else {
            panic!("Other is a struct");
        };
        assert_eq!(
            other.fields[1].ty,
            TypeRef::Array(Box::new(TypeRef::Named(TypeId(2))))
        );
        assert_eq!(
            space.by_pointer["/components/schemas/Other/properties/parts/items"],
            TypeId(2)
        );
    }

    #[test]
    fn recursive_types_that_unfold_alike_are_equal() {
        let node = |name: &str| {
            json!({"type": "object", "properties": {
                "value": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": format!("#/components/schemas/{name}")}}}})
        };
        let (space, _) = merged(json!({"Node": node("Node"), "BetaNode": node("BetaNode")}));
        assert_eq!(space.names(), ["Node", "BetaNode"]);
        assert!(matches!(
            space[TypeId(1)].kind,
            TypeKind::Alias(TypeRef::Named(TypeId(0)))
        ));
        let TypeKind::Struct(s) = &space[TypeId(0)].kind else {
            panic!("Node is a struct");
        };
        assert_eq!(
            s.fields[1].ty,
            TypeRef::Array(Box::new(TypeRef::Named(TypeId(0))))
        );
    }

    #[test]
    fn different_docs_tags_or_fields_keep_types_apart() {
        let (space, _) = merged(json!({
            "A": {"type": "object", "properties": {"x": {"type": "string", "description": "one"}}},
            "B": {"type": "object", "properties": {"x": {"type": "string", "description": "two"}}},
            "C": {"type": "object", "required": ["x"], "properties": {"x": {"type": "string", "description": "one"}}}
        }));
        assert!(space.iter().all(|(_, t)| t.kind.is_defined()));
    }

    #[test]
    fn aliases_never_name_aliases() {
        let (space, _) = merged(json!({
            "Thing": {"type": "object", "properties": {"a": {"type": "string"}}},
            "BetaThing": {"type": "object", "properties": {"a": {"type": "string"}}},
            "ThingRef": {"$ref": "#/components/schemas/BetaThing"},
            "RefRef": {"$ref": "#/components/schemas/ThingRef"}
        }));
        for (_, def) in space.iter() {
            if let TypeKind::Alias(TypeRef::Named(to)) = &def.kind {
                assert_eq!(space[*to].name, "Thing", "{} names an alias", def.name);
            }
        }
    }
}
