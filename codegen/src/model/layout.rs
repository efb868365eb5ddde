//! Size estimates of generated types, used to box the union variants that
//! would make every value of their enum large (clippy's
//! `large_enum_variant`), and optional fields of large types that would
//! make every value of their struct large: both are real memory traffic
//! when decoding (a value is moved several times on its way out of the
//! decoder), paid even when the field is absent, as it usually is.

use super::types::{TypeId, TypeKind, TypeRef, TypeSpace};

/// A variant this much larger than the next one is boxed.
const MAX_SPREAD: usize = 128;

/// An optional field whose type is larger than this is boxed.
const MAX_OPTIONAL_INLINE: usize = 96;

fn round8(n: usize) -> usize {
    n.div_ceil(8) * 8
}

struct Sizes<'a> {
    space: &'a TypeSpace,
    memo: Vec<Option<usize>>,
    visiting: Vec<bool>,
}

impl Sizes<'_> {
    fn of_ref(&mut self, ty: &TypeRef, boxed: bool) -> usize {
        if boxed {
            return 8;
        }
        match ty {
            TypeRef::Named(id) => self.of(*id),
            TypeRef::String | TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Object => 24,
            TypeRef::Any => 32,
            TypeRef::Bool => 1,
            TypeRef::Int(k) | TypeRef::Float(k) => {
                if k.ends_with("32") {
                    4
                } else {
                    8
                }
            }
            TypeRef::Binary => 80,
            TypeRef::Nullable(inner) => {
                let n = self.of_ref(inner, false);
                if n <= 8 { n + 8 } else { n }
            }
        }
    }

    fn of(&mut self, id: TypeId) -> usize {
        if let Some(n) = self.memo[id.index()] {
            return n;
        }
        if self.visiting[id.index()] {
            return 8;
        }
        self.visiting[id.index()] = true;
        let space = self.space;
        let n = match &space[id].kind {
            TypeKind::Struct(s) => {
                let fields: usize = s
                    .fields
                    .iter()
                    .map(|f| round8(self.of_ref(&f.ty, f.boxed)))
                    .sum();
                // Typed additional properties, or the `Extra` of the rest.
                let rest = match (&s.additional, s.fields.iter().any(|f| f.flatten)) {
                    (Some(_), _) => 24,
                    (None, false) => 8,
                    (None, true) => 0,
                };
                fields + rest
            }
            // A constant takes no room.
            TypeKind::Enum(e) if e.is_literal() => 0,
            TypeKind::Enum(_) => 24,
            TypeKind::Union(u) => {
                let max = u
                    .variants
                    .iter()
                    .map(|v| self.of_ref(&v.ty, v.boxed))
                    .max()
                    .unwrap_or(0)
                    .max(32);
                round8(max) + 8
            }
            TypeKind::Alias(t) => self.of_ref(t, false),
        };
        self.visiting[id.index()] = false;
        self.memo[id.index()] = Some(n);
        n
    }
}

/// Boxes union variants much larger than the other variants.
pub fn box_large_variants(space: &mut TypeSpace) {
    let n = space.len();
    for id in space.ids() {
        loop {
            let mut sizes = Sizes {
                space,
                memo: vec![None; n],
                visiting: vec![false; n],
            };
            let TypeKind::Union(u) = &space[id].kind else {
                break;
            };
            let mut measured: Vec<(usize, usize)> = u
                .variants
                .iter()
                .enumerate()
                .map(|(i, v)| (sizes.of_ref(&v.ty, v.boxed), i))
                .collect();
            // The catch-all JSON variant.
            measured.push((32, usize::MAX));
            measured.sort_by(|a, b| b.cmp(a));
            let (largest, index) = measured[0];
            let second = measured.get(1).map_or(0, |m| m.0);
            if largest <= second + MAX_SPREAD || index == usize::MAX {
                break;
            }
            if let TypeKind::Union(u) = &mut space[id].kind {
                u.variants[index].boxed = true;
            }
        }
    }
}

/// Boxes optional struct fields whose type is large: `Option<Box<T>>` is
/// one pointer when absent, `Option<T>` the whole of `T`.
pub fn box_large_optional_fields(space: &mut TypeSpace) {
    let n = space.len();
    let mut sizes = Sizes {
        space,
        memo: vec![None; n],
        visiting: vec![false; n],
    };
    let mut large = Vec::new();
    for id in space.ids() {
        if let TypeKind::Struct(s) = &sizes.space[id].kind {
            for (i, f) in s.fields.iter().enumerate() {
                let named = match &f.ty {
                    TypeRef::Named(t) => Some(*t),
                    TypeRef::Nullable(inner) => match inner.as_ref() {
                        TypeRef::Named(t) => Some(*t),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(target) = named else { continue };
                let struct_or_union = matches!(
                    sizes.space[target].kind,
                    TypeKind::Struct(_) | TypeKind::Union(_)
                );
                if !f.required
                    && !f.boxed
                    && !f.flatten
                    && struct_or_union
                    && sizes.of(target) > MAX_OPTIONAL_INLINE
                {
                    large.push((id, i));
                }
            }
        }
    }
    for (id, i) in large {
        if let TypeKind::Struct(s) = &mut space[id].kind {
            s.fields[i].boxed = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{box_large_optional_fields, box_large_variants};
    use crate::model::types::TypeKind;
    use crate::model::types::tests::space_of;
    use serde_json::{Value, json};

    /// An object with `n` string properties (about 24 bytes each).
    fn wide(n: usize) -> Value {
        let props: serde_json::Map<String, Value> = (0..n)
            .map(|i| (format!("f{i}"), json!({"type": "string"})))
            .collect();
        json!({"type": "object", "properties": props})
    }

    #[test]
    fn a_variant_much_larger_than_the_others_is_boxed() {
        let mut space = space_of(json!({
            "Wide": wide(20),
            "Narrow": wide(1),
            "Either": {"oneOf": [{"$ref": "#/components/schemas/Wide"}, {"$ref": "#/components/schemas/Narrow"}]}
        }));
        box_large_variants(&mut space);
        let TypeKind::Union(u) = space.kind_named("Either") else {
            panic!("union");
        };
        let boxed: Vec<_> = u
            .variants
            .iter()
            .map(|v| (v.name.as_str(), v.boxed))
            .collect();
        assert_eq!(boxed, [("Wide", true), ("Narrow", false)]);
    }

    #[test]
    fn large_optional_structs_are_boxed_small_and_required_ones_are_not() {
        let mut space = space_of(json!({
            "Wide": wide(20),
            "Narrow": wide(2),
            "Holder": {"type": "object", "required": ["must"], "properties": {
                "big": {"$ref": "#/components/schemas/Wide"},
                "small": {"$ref": "#/components/schemas/Narrow"},
                "must": {"$ref": "#/components/schemas/Wide"}}}
        }));
        box_large_optional_fields(&mut space);
        let boxed: Vec<_> = space
            .struct_named("Holder")
            .fields
            .iter()
            .map(|f| f.boxed)
            .collect();
        assert_eq!(boxed, [true, false, false]);
    }
}
