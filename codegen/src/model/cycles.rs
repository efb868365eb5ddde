//! Recursive types: fields and variants that lead back to their own type
//! are boxed, and type aliases that would expand forever are cut.

use super::types::{TypeId, TypeKind, TypeRef, TypeSpace};
use crate::error::Warning;

/// Named types that `ty` holds by value (not behind `Vec` or a map).
fn by_value(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Nullable(inner) => by_value(inner, out),
        _ => {}
    }
}

fn value_edges(space: &TypeSpace, id: TypeId) -> Vec<TypeId> {
    let mut out = Vec::new();
    match &space[id].kind {
        TypeKind::Struct(s) => s.fields.iter().for_each(|f| by_value(&f.ty, &mut out)),
        TypeKind::Union(u) => u.variants.iter().for_each(|v| by_value(&v.ty, &mut out)),
        TypeKind::Alias(t) => t.for_each_id(&mut |id| out.push(id)),
        TypeKind::Enum(_) => {}
    }
    out
}

/// Strongly connected components (iterative Tarjan); returns each node's
/// component index (in id order; `ids` are every id of a space).
fn components(ids: &[TypeId], edges: &dyn Fn(TypeId) -> Vec<TypeId>) -> Vec<usize> {
    let n = ids.len();
    const UNSET: usize = usize::MAX;
    let mut index = vec![UNSET; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![UNSET; n];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut next_comp = 0;
    for &root in ids {
        if index[root.index()] != UNSET {
            continue;
        }
        let mut work: Vec<(TypeId, Vec<TypeId>, usize)> = vec![(root, edges(root), 0)];
        index[root.index()] = next_index;
        low[root.index()] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root.index()] = true;
        while let Some((v, succ, i)) = work.last_mut() {
            let v = *v;
            if *i < succ.len() {
                let w = succ[*i];
                *i += 1;
                if index[w.index()] == UNSET {
                    index[w.index()] = next_index;
                    low[w.index()] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w.index()] = true;
                    work.push((w, edges(w), 0));
                } else if on_stack[w.index()] {
                    low[v.index()] = low[v.index()].min(index[w.index()]);
                }
            } else {
                work.pop();
                if let Some((parent, _, _)) = work.last() {
                    low[parent.index()] = low[parent.index()].min(low[v.index()]);
                }
                if low[v.index()] == index[v.index()] {
                    while let Some(w) = stack.pop() {
                        on_stack[w.index()] = false;
                        comp[w.index()] = next_comp;
                        if w == v {
                            break;
                        }
                    }
                    next_comp += 1;
                }
            }
        }
    }
    comp
}

/// Boxes cyclic fields and variants; cuts alias cycles.
pub fn break_cycles(space: &mut TypeSpace) {
    let ids: Vec<TypeId> = space.ids().collect();
    // Alias-only cycles cannot be expressed at all.
    let alias_edges = |id: TypeId| -> Vec<TypeId> {
        match &space[id].kind {
            TypeKind::Alias(t) => {
                let mut out = Vec::new();
                t.for_each_id(&mut |id| out.push(id));
                out.retain(|t| matches!(space[*t].kind, TypeKind::Alias(_)));
                out
            }
            _ => Vec::new(),
        }
    };
    let comp = components(&ids, &alias_edges);
    let mut sizes = vec![0usize; ids.len()];
    for c in &comp {
        sizes[*c] += 1;
    }
    let cyclic: Vec<TypeId> = (ids.iter().copied())
        .filter(|&id| sizes[comp[id.index()]] > 1 || alias_edges(id).contains(&id))
        .collect();
    let mut cut = std::collections::BTreeSet::new();
    for id in cyclic {
        if cut.insert(comp[id.index()]) {
            space.warnings.push(Warning {
                pointer: space[id].pointer.clone(),
                message: "type alias refers to itself; using JSON value".into(),
            });
            space[id].kind = TypeKind::Alias(TypeRef::Any);
        }
    }

    let comp = components(&ids, &|id| value_edges(space, id));
    for id in ids {
        let same = |ty: &TypeRef| {
            let mut targets = Vec::new();
            by_value(ty, &mut targets);
            targets.iter().any(|t| comp[t.index()] == comp[id.index()])
        };
        let updates: Vec<usize> = match &space[id].kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .enumerate()
                .filter(|(_, f)| same(&f.ty))
                .map(|(i, _)| i)
                .collect(),
            TypeKind::Union(u) => u
                .variants
                .iter()
                .enumerate()
                .filter(|(_, v)| same(&v.ty))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        };
        match &mut space[id].kind {
            TypeKind::Struct(s) => updates.into_iter().for_each(|i| s.fields[i].boxed = true),
            TypeKind::Union(u) => updates.into_iter().for_each(|i| u.variants[i].boxed = true),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::break_cycles;
    use crate::model::types::tests::space_of;
    use crate::model::types::{TypeKind, TypeRef};
    use serde_json::json;

    #[test]
    fn a_type_that_holds_itself_by_value_is_boxed_behind_a_vec_it_is_not() {
        let mut space = space_of(json!({
            "Node": {"type": "object", "properties": {
                "next": {"$ref": "#/components/schemas/Node"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}
        }));
        break_cycles(&mut space);
        let s = space.struct_named("Node");
        assert!(s.fields[0].boxed, "next");
        assert!(!s.fields[1].boxed, "children");
    }

    #[test]
    fn mutual_recursion_through_a_union_is_boxed() {
        let mut space = space_of(json!({
            "Expr": {"oneOf": [
                {"$ref": "#/components/schemas/Not"},
                {"type": "string"}]},
            "Not": {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Expr"}}}
        }));
        break_cycles(&mut space);
        let TypeKind::Union(u) = space.kind_named("Expr") else {
            panic!("union");
        };
        let boxed_variant = u.variants.iter().any(|v| v.boxed);
        assert!(boxed_variant || space.struct_named("Not").fields[0].boxed);
    }

    #[test]
    fn an_alias_of_itself_is_cut_with_a_warning() {
        let mut space = space_of(json!({
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"}
        }));
        break_cycles(&mut space);
        assert!(
            space
                .iter()
                .any(|(_, t)| matches!(t.kind, TypeKind::Alias(TypeRef::Any)))
        );
        assert_eq!(
            space.warnings[0].message,
            "type alias refers to itself; using JSON value"
        );
    }
}
