//! What makes everyday code short, decided here and printed by the
//! emitter: shorthand constructors of the tagged unions a client sends
//! (`ChatCompletionRequestMessage::user(content)`), lifted onto the
//! untagged unions that hold them (`InputItem::function_call_output(..)`);
//! `From` the payloads of such a nested union; a string conversion through
//! a chosen variant (`From<&str>` as a user message); the config's `new`
//! order and initial values; and the conversions of `[[types.convert]]`.

use std::collections::{BTreeMap, BTreeSet};

use super::conversions;
pub use super::types::{NestedFrom, Shorthand};
use super::types::{TypeKind, TypeRef, TypeSpace, Union};
use super::{Model, TypeId, names};
use crate::error::Error;
use crate::settings::TypesConfig;

impl Model {
    /// Decides the conveniences: the automatic ones, then the config's
    /// (`new`, `init`, `from_str` and `convert` of `[types]`). Entries that
    /// name nothing or cannot work are errors that name the entry.
    pub fn plan_conveniences(&mut self, config: &TypesConfig) -> Result<(), Error> {
        for (key, patch) in &config.patch {
            let id = self.type_for(key, "types.patch")?;
            if let Some(order) = &patch.new {
                let fields = self.fields_named(id, key, "new", order)?;
                self.types[id].facts.new_args = Some(fields);
            }
            if !patch.init.is_empty() {
                let names: Vec<String> = patch.init.keys().cloned().collect();
                let fields = self.fields_named(id, key, "init", &names)?;
                let TypeKind::Struct(s) = &self.types[id].kind else {
                    unreachable!("fields_named checked that it is a struct")
                };
                for (&field, (name, value)) in fields.iter().zip(&patch.init) {
                    if !init_fits(&self.types, &s.fields[field].ty, value) {
                        return Err(Error::Usage(format!(
                            "types.patch.{key}.init: `{value}` is not a value of `{name}` (a value of its string enum, a string, a number or a boolean)"
                        )));
                    }
                }
                let init = fields
                    .into_iter()
                    .zip(patch.init.values().cloned())
                    .collect();
                self.types[id].facts.init = init;
            }
            if let Some(variant) = &patch.from_str {
                let index = self.string_variant(id, key, variant)?;
                self.types[id].facts.from_str = Some(index);
            }
        }
        let sent = self.sent_types();
        let space = &self.types;
        let mut shorthands = BTreeMap::new();
        for &id in &sent {
            if let TypeKind::Union(u) = &space[id].kind
                && u.tag.is_some()
            {
                let own = own_shorthands(space, u);
                if !own.is_empty() {
                    shorthands.insert(id, own);
                }
            }
        }
        let mut nested_from = BTreeMap::new();
        for &id in &sent {
            if let TypeKind::Union(u) = &space[id].kind
                && u.tag.is_none()
            {
                let lifted = lifted_shorthands(space, u, &shorthands);
                if !lifted.is_empty() {
                    shorthands.insert(id, lifted);
                }
                let froms = nested_froms(space, u);
                if !froms.is_empty() {
                    nested_from.insert(id, froms);
                }
            }
        }
        for (id, own) in shorthands {
            self.types[id].facts.shorthands = own;
        }
        for (id, froms) in nested_from {
            self.types[id].facts.nested_from = froms;
        }
        let mut seen = BTreeSet::new();
        for entry in &config.convert {
            let from = self.type_for(&entry.from, "types.convert")?;
            let to = self.type_for(&entry.to, "types.convert")?;
            for conversion in conversions::plan(&self.types, from, to)? {
                if seen.insert((conversion.from, conversion.to)) {
                    self.conversions.push(conversion);
                }
            }
        }
        Ok(())
    }

    /// The fields (by index) of struct `id` with these wire names.
    fn fields_named(
        &self,
        id: TypeId,
        key: &str,
        what: &str,
        names: &[String],
    ) -> Result<Vec<usize>, Error> {
        let TypeKind::Struct(s) = &self.types[id].kind else {
            return Err(Error::Usage(format!(
                "types.patch.{key}.{what}: `{key}` is not an object"
            )));
        };
        names
            .iter()
            .map(|name| {
                s.fields
                    .iter()
                    .position(|f| f.wire == *name)
                    .ok_or_else(|| {
                        Error::Usage(format!(
                            "types.patch.{key}.{what}: `{key}` has no property `{name}`"
                        ))
                    })
            })
            .collect()
    }

    /// The variant (tag or name) of union `id` that a string converts
    /// through: its payload's `new` must take one string-like argument.
    fn string_variant(&self, id: TypeId, key: &str, variant: &str) -> Result<usize, Error> {
        let space = &self.types;
        let refuse = |why: String| Error::Usage(format!("types.patch.{key}.from_str: {why}"));
        let TypeKind::Union(u) = &space[id].kind else {
            return Err(refuse(format!("`{key}` is not a union")));
        };
        if u.variants
            .iter()
            .any(|v| space.resolve(&v.ty) == &TypeRef::String)
        {
            return Err(refuse(format!("`{key}` already takes strings")));
        }
        let index = u
            .variants
            .iter()
            .position(|v| v.name == variant || v.tags.iter().any(|t| t == variant))
            .ok_or_else(|| refuse(format!("`{key}` has no variant `{variant}`")))?;
        let takes_string = match space.resolve(&u.variants[index].ty) {
            TypeRef::Named(payload) => match space.constructors(*payload).new.as_deref() {
                Some([arg]) => {
                    let TypeKind::Struct(s) = &space[*payload].kind else {
                        unreachable!("constructors are of structs")
                    };
                    accepts_str(space, &s.fields[*arg].ty)
                }
                _ => false,
            },
            _ => false,
        };
        if !takes_string {
            return Err(refuse(format!(
                "the type of `{variant}` is not built from one string (its `new` must take one argument that converts from `&str`)"
            )));
        }
        Ok(index)
    }
}

/// Whether `value` can be an initial value of a field of type `ty`: one of
/// its string enum's values, or a scalar of its type.
pub fn init_fits(space: &TypeSpace, ty: &TypeRef, value: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (space.resolve(ty), value) {
        (TypeRef::Nullable(inner), _) => init_fits(space, inner, value),
        (TypeRef::Named(id), Value::String(s)) => match &space[*id].kind {
            TypeKind::Enum(e) => e.variants.iter().any(|v| v.wire == *s),
            _ => false,
        },
        (TypeRef::String, Value::String(_)) | (TypeRef::Bool, Value::Bool(_)) => true,
        (TypeRef::Int(_), Value::Number(n)) => n.is_i64() || n.is_u64(),
        (TypeRef::Float(_), Value::Number(_)) => true,
        _ => false,
    }
}

/// Whether a value of `ty` converts from `&str` (a string, an open enum, or
/// a union with a string variant).
pub fn accepts_str(space: &TypeSpace, ty: &TypeRef) -> bool {
    match space.resolve(ty) {
        TypeRef::String => true,
        TypeRef::Nullable(inner) => accepts_str(space, inner),
        TypeRef::Named(id) => match &space[*id].kind {
            TypeKind::Enum(e) => !e.is_literal(),
            TypeKind::Union(u) => u
                .variants
                .iter()
                .any(|v| space.resolve(&v.ty) == &TypeRef::String),
            _ => false,
        },
        _ => false,
    }
}

/// The shorthands of a tagged union: one per variant with a single tag
/// whose payload has a `new` that does not take the tag.
fn own_shorthands(space: &TypeSpace, u: &Union) -> Vec<Shorthand> {
    let tag_property = u.tag.as_deref().unwrap_or_default();
    let mut out: Vec<Shorthand> = Vec::new();
    for (i, v) in u.variants.iter().enumerate() {
        let [tag] = v.tags.as_slice() else { continue };
        let TypeRef::Named(payload) = space.resolve(&v.ty) else {
            continue;
        };
        let TypeKind::Struct(s) = &space[*payload].kind else {
            continue;
        };
        let Some(args) = space.constructors(*payload).new else {
            continue;
        };
        if args.iter().any(|&a| s.fields[a].wire == tag_property) {
            continue;
        }
        let method = names::field_name(tag, "variant");
        if out.iter().any(|o| o.method == method) || method.ends_with('_') {
            continue;
        }
        out.push(Shorthand {
            method,
            tag: tag.clone(),
            route: vec![i],
            payload: *payload,
            args,
        });
    }
    out
}

/// The shorthands of the tagged unions an untagged union holds, lifted
/// onto it; a name two of them share is left out.
fn lifted_shorthands(
    space: &TypeSpace,
    u: &Union,
    shorthands: &BTreeMap<TypeId, Vec<Shorthand>>,
) -> Vec<Shorthand> {
    let mut out: Vec<Shorthand> = Vec::new();
    let mut clashes = BTreeSet::new();
    for (i, v) in u.variants.iter().enumerate() {
        let TypeRef::Named(inner) = space.resolve(&v.ty) else {
            continue;
        };
        for s in shorthands.get(inner).into_iter().flatten() {
            if out.iter().any(|o| o.method == s.method) {
                clashes.insert(s.method.clone());
                continue;
            }
            let mut route = vec![i];
            route.extend(&s.route);
            out.push(Shorthand { route, ..s.clone() });
        }
    }
    out.retain(|s| !clashes.contains(&s.method));
    out
}

/// `From` the payloads of the unions an untagged union holds, for the
/// payloads that are not its own variants and sit in one place only.
fn nested_froms(space: &TypeSpace, u: &Union) -> Vec<NestedFrom> {
    let own: BTreeSet<&TypeRef> = u.variants.iter().map(|v| space.resolve(&v.ty)).collect();
    let mut places: BTreeMap<TypeId, Vec<[usize; 2]>> = BTreeMap::new();
    for (i, v) in u.variants.iter().enumerate() {
        let TypeRef::Named(inner) = space.resolve(&v.ty) else {
            continue;
        };
        let TypeKind::Union(nested) = &space[*inner].kind else {
            continue;
        };
        for (j, w) in nested.variants.iter().enumerate() {
            // Only named payloads, written as they resolve (an alias and
            // its target would be one type twice).
            if let TypeRef::Named(payload) = &w.ty
                && space.resolve(&w.ty) == &w.ty
                && !own.contains(&w.ty)
            {
                places.entry(*payload).or_default().push([i, j]);
            }
        }
    }
    places
        .into_iter()
        .filter_map(|(payload, at)| match at.as_slice() {
            [route] => Some(NestedFrom {
                payload,
                route: *route,
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::tests::space_of;
    use serde_json::json;

    fn space() -> TypeSpace {
        space_of(json!({
            "User": {"type": "object", "required": ["role", "content"], "properties": {
                "role": {"const": "user"}, "content": {"type": "string"}}},
            "Tool": {"type": "object", "required": ["role", "content", "call_id"], "properties": {
                "role": {"const": "tool"}, "content": {"type": "string"}, "call_id": {"type": "string"}}},
            "Message": {"oneOf": [{"$ref": "#/components/schemas/User"}, {"$ref": "#/components/schemas/Tool"}],
                "discriminator": {"propertyName": "role"}},
            "Reference": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Input": {"anyOf": [{"$ref": "#/components/schemas/Reference"}, {"$ref": "#/components/schemas/Message"}]}
        }))
    }

    #[test]
    fn tagged_unions_get_shorthands_lifted_onto_the_unions_that_hold_them() {
        let space = space();
        let id = |name: &str| space.by_name(name).expect(name);
        let TypeKind::Union(message) = &space[id("Message")].kind else {
            panic!()
        };
        let own = own_shorthands(&space, message);
        let methods: Vec<&str> = own.iter().map(|s| s.method.as_str()).collect();
        assert_eq!(methods, ["user", "tool"]);
        assert_eq!(
            own[1].args.len(),
            2,
            "content and call_id, not the constant role"
        );
        let TypeKind::Union(input) = &space[id("Input")].kind else {
            panic!()
        };
        let lifted = lifted_shorthands(&space, input, &BTreeMap::from([(id("Message"), own)]));
        assert_eq!(lifted[0].route, [1, 0]);
        assert_eq!(lifted[1].route, [1, 1]);
        let froms = nested_froms(&space, input);
        let payloads: Vec<&str> = froms
            .iter()
            .map(|f| space[f.payload].name.as_str())
            .collect();
        assert_eq!(payloads, ["User", "Tool"]);
        assert!(accepts_str(&space, &TypeRef::String));
    }
}
