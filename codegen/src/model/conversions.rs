//! Conversions from what the API returns to what it takes (config
//! `[[convert]]`): an answer's message as the next request's message, the
//! output items of a response as input items. The model works out, field
//! by field or variant by variant, how each value goes across (moved,
//! converted with `From`, wrapped in a union variant, or left to its
//! default), adding the nested conversions it needs; the emitter prints
//! one `From` impl per conversion.

use std::collections::BTreeSet;

use super::types::{TypeId, TypeKind, TypeRef, TypeSpace, Union};
use crate::error::Error;

/// One `impl From<from> for to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The source type.
    pub from: TypeId,
    /// The target type.
    pub to: TypeId,
    /// How the value goes across.
    pub body: Body,
    /// The type whose file holds the impl (set with the types' homes, see
    /// [`Model::anchor_conversions`](super::Model::anchor_conversions)).
    pub anchor: TypeId,
    /// Features the impl needs beyond the anchor's (empty: none).
    pub cfg: BTreeSet<String>,
}

/// How a conversion builds its target.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// A struct from a struct: each target field (by index) from the
    /// source field of the same name, or its default.
    Fields(Vec<(usize, FieldValue)>),
    /// A union from a union: each source variant (by index) into a place
    /// of the target.
    Variants(Vec<(usize, Place)>, CatchAll),
    /// A union from a type one of its variants takes (after converting it
    /// to that variant's type when `converted`).
    Wrap {
        /// The target variant.
        variant: usize,
        /// Whether the source is converted to the variant's type first.
        converted: bool,
    },
}

/// A target field's value.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// The source field (by index), mapped.
    From(usize, Map),
    /// The field's default (not in the source, or nothing to take it from).
    Default,
    /// The source's extra properties.
    Extra,
}

/// How a value of the source field's type becomes the target field's.
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    /// The source field is an `Option`.
    pub from_optional: bool,
    /// The target field is an `Option`.
    pub to_optional: bool,
    /// The source value is boxed.
    pub from_boxed: bool,
    /// The target value is boxed.
    pub to_boxed: bool,
    /// What is done to the inner value.
    pub value: ValueMap,
}

/// What is done to a value.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueMap {
    /// Taken as it is (the same type).
    Move,
    /// `Into::into` (a generated `From`).
    Into,
    /// Each element with `Into::into`.
    EachInto,
}

/// Where a source union variant goes in the target union.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// A target variant (by index) that takes the value as it is.
    Variant(usize),
    /// A target variant (by index) holding a union whose variant (by
    /// index) takes the value.
    Nested(usize, usize),
    /// The target's catch-all, as JSON.
    CatchAll,
}

/// What the source's own catch-all becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatchAll {
    /// The target's catch-all (both keep JSON).
    Kept,
    /// The source has none.
    None,
}

/// Works out the conversions `from` → `to` and those they need; an error
/// names the conversion and what cannot go across.
pub fn plan(space: &TypeSpace, from: TypeId, to: TypeId) -> Result<Vec<Conversion>, Error> {
    let mut planner = Planner {
        space,
        done: BTreeSet::new(),
        out: Vec::new(),
    };
    planner.conversion(from, to)?;
    Ok(planner.out)
}

struct Planner<'a> {
    space: &'a TypeSpace,
    done: BTreeSet<(TypeId, TypeId)>,
    out: Vec<Conversion>,
}

impl Planner<'_> {
    fn name(&self, id: TypeId) -> &str {
        &self.space[id].name
    }

    fn refuse(&self, from: TypeId, to: TypeId, why: String) -> Error {
        Error::Usage(format!(
            "convert `{}` -> `{}`: {why}",
            self.name(from),
            self.name(to)
        ))
    }

    /// Resolves aliases to the defined type a reference names.
    fn target(&self, ty: &TypeRef) -> TypeRef {
        match self.space.resolve(ty) {
            TypeRef::Nullable(inner) => self.target(inner),
            other => other.clone(),
        }
    }

    fn conversion(&mut self, from: TypeId, to: TypeId) -> Result<(), Error> {
        if from == to || !self.done.insert((from, to)) {
            return Ok(());
        }
        let space = self.space;
        let body = match (&space[from].kind, &space[to].kind) {
            (TypeKind::Struct(_), TypeKind::Struct(_)) => self.fields(from, to)?,
            (TypeKind::Union(a), TypeKind::Union(b)) => self.variants(from, to, a, b)?,
            (_, TypeKind::Union(b)) => self.wrap(from, to, b)?,
            _ => {
                return Err(self.refuse(from, to, "only structs and unions convert".into()));
            }
        };
        self.out.push(Conversion {
            from,
            to,
            body,
            anchor: to,
            cfg: BTreeSet::new(),
        });
        Ok(())
    }

    /// A union from a value one of its variants takes, directly or after
    /// a conversion to the variant's type.
    fn wrap(&mut self, from: TypeId, to: TypeId, u: &Union) -> Result<Body, Error> {
        if let Some(i) = u
            .variants
            .iter()
            .position(|v| self.target(&v.ty) == TypeRef::Named(from))
        {
            return Ok(Body::Wrap {
                variant: i,
                converted: false,
            });
        }
        let struct_variants: Vec<(usize, TypeId)> = u
            .variants
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match self.target(&v.ty) {
                TypeRef::Named(id) if matches!(self.space[id].kind, TypeKind::Struct(_)) => {
                    Some((i, id))
                }
                _ => None,
            })
            .collect();
        // The variant whose struct the source converts to: the one that
        // takes the most fields of the same name.
        let fields_of = |id: TypeId| -> BTreeSet<&str> {
            match &self.space[id].kind {
                TypeKind::Struct(s) => s.fields.iter().map(|f| f.wire.as_str()).collect(),
                _ => BTreeSet::new(),
            }
        };
        let source = fields_of(from);
        let best = struct_variants
            .iter()
            .filter(|(_, id)| self.fields(from, *id).is_ok())
            .max_by_key(|(_, id)| fields_of(*id).intersection(&source).count());
        let Some(&(variant, inner)) = best else {
            return Err(self.refuse(from, to, "no variant takes it".into()));
        };
        self.conversion(from, inner)?;
        Ok(Body::Wrap {
            variant,
            converted: true,
        })
    }

    /// A struct from a struct, field by field.
    fn fields(&mut self, from: TypeId, to: TypeId) -> Result<Body, Error> {
        let space = self.space;
        let (TypeKind::Struct(a), TypeKind::Struct(b)) = (&space[from].kind, &space[to].kind)
        else {
            return Err(self.refuse(from, to, "not two structs".into()));
        };
        let mut out = Vec::new();
        for (ti, tf) in b.fields.iter().enumerate() {
            let target_optional = space.storage(tf).optional;
            let source = a.fields.iter().position(|f| f.wire == tf.wire);
            let value = match source {
                Some(si) => {
                    let sf = &a.fields[si];
                    match self.value(&sf.ty, &tf.ty) {
                        Some(value) => FieldValue::From(
                            si,
                            Map {
                                from_optional: space.storage(sf).optional,
                                to_optional: target_optional,
                                from_boxed: sf.boxed,
                                to_boxed: tf.boxed,
                                value,
                            },
                        ),
                        None if target_optional || space.is_constant(&tf.ty) => FieldValue::Default,
                        None => {
                            return Err(self.refuse(
                                from,
                                to,
                                format!("`{}` has another type in each", tf.wire),
                            ));
                        }
                    }
                }
                // (A required list may start empty; a required string or
                // number has no value to stand for "not given".)
                None if target_optional
                    || space.is_constant(&tf.ty)
                    || matches!(space.resolve(&tf.ty), TypeRef::Array(_) | TypeRef::Map(_)) =>
                {
                    FieldValue::Default
                }
                None => {
                    return Err(self.refuse(
                        from,
                        to,
                        format!("the source has no `{}`, which the target requires", tf.wire),
                    ));
                }
            };
            // A source field that is optional cannot fill a required
            // target field that has no default.
            if let FieldValue::From(si, map) = &value
                && map.from_optional
                && !map.to_optional
                && !space.has_default(&tf.ty)
            {
                return Err(self.refuse(
                    from,
                    to,
                    format!(
                        "`{}` is optional in the source, required in the target",
                        a.fields[*si].wire
                    ),
                ));
            }
            out.push((ti, value));
        }
        Ok(Body::Fields(out))
    }

    /// How a value of type `from` becomes a value of type `to`, adding the
    /// nested conversions it needs; `None` when it cannot.
    fn value(&mut self, from: &TypeRef, to: &TypeRef) -> Option<ValueMap> {
        let (a, b) = (self.target(from), self.target(to));
        if a == b {
            return Some(ValueMap::Move);
        }
        match (&a, &b) {
            (TypeRef::Array(x), TypeRef::Array(y)) => match self.value(x, y)? {
                ValueMap::Move => Some(ValueMap::Move),
                ValueMap::Into => Some(ValueMap::EachInto),
                ValueMap::EachInto => None,
            },
            (TypeRef::Named(x), TypeRef::Named(y)) => {
                self.conversion(*x, *y).ok()?;
                Some(ValueMap::Into)
            }
            // A union with a string variant converts from a string.
            (TypeRef::String, TypeRef::Named(y)) => match &self.space[*y].kind {
                TypeKind::Union(u)
                    if u.variants
                        .iter()
                        .any(|v| self.target(&v.ty) == TypeRef::String) =>
                {
                    Some(ValueMap::Into)
                }
                TypeKind::Enum(_) => Some(ValueMap::Into),
                _ => None,
            },
            _ => None,
        }
    }

    /// A union from a union: each source variant where the target takes
    /// its value, else into the target's catch-all.
    fn variants(&mut self, from: TypeId, to: TypeId, a: &Union, b: &Union) -> Result<Body, Error> {
        let b_has_catch_all = !b.variants.iter().any(|v| v.ty == TypeRef::Any);
        let mut out = Vec::new();
        for (si, sv) in a.variants.iter().enumerate() {
            let payload = self.target(&sv.ty);
            let direct = b
                .variants
                .iter()
                .position(|v| self.target(&v.ty) == payload);
            let nested = || {
                b.variants.iter().enumerate().find_map(|(ti, tv)| {
                    let TypeRef::Named(inner) = self.target(&tv.ty) else {
                        return None;
                    };
                    let TypeKind::Union(inner) = &self.space[inner].kind else {
                        return None;
                    };
                    inner
                        .variants
                        .iter()
                        .position(|v| self.target(&v.ty) == payload)
                        .map(|ni| Place::Nested(ti, ni))
                })
            };
            let place = match (direct, nested()) {
                (Some(ti), _) => Place::Variant(ti),
                (None, Some(place)) => place,
                (None, None) if b_has_catch_all => Place::CatchAll,
                (None, None) => {
                    return Err(self.refuse(
                        from,
                        to,
                        format!(
                            "the target takes no `{}`, and keeps nothing as JSON",
                            sv.name
                        ),
                    ));
                }
            };
            out.push((si, place));
        }
        let catch_all = if a.variants.iter().any(|v| v.ty == TypeRef::Any) {
            CatchAll::None
        } else {
            CatchAll::Kept
        };
        Ok(Body::Variants(out, catch_all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::tests::space_of;
    use serde_json::json;

    #[test]
    fn an_answer_s_message_becomes_a_request_s_message() {
        let space = space_of(json!({
            "Call": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Audio": {"type": "object", "required": ["id", "data"], "properties": {
                "id": {"type": "string"}, "data": {"type": "string"}}},
            "AudioRef": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Answer": {"type": "object", "required": ["role"], "properties": {
                "role": {"const": "assistant"},
                "content": {"type": ["string", "null"]},
                "calls": {"type": "array", "items": {"$ref": "#/components/schemas/Call"}},
                "audio": {"$ref": "#/components/schemas/Audio"},
                "annotations": {"type": "array", "items": {"type": "string"}}}},
            "Content": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "Sent": {"type": "object", "required": ["role"], "properties": {
                "role": {"const": "assistant"},
                "content": {"$ref": "#/components/schemas/Content"},
                "calls": {"type": "array", "items": {"$ref": "#/components/schemas/Call"}},
                "audio": {"$ref": "#/components/schemas/AudioRef"},
                "name": {"type": "string"}}},
            "User": {"type": "object", "required": ["role", "text"], "properties": {
                "role": {"const": "user"}, "text": {"type": "string"}}},
            "Message": {"oneOf": [{"$ref": "#/components/schemas/User"}, {"$ref": "#/components/schemas/Sent"}],
                "discriminator": {"propertyName": "role"}}
        }));
        let id = |name: &str| space.by_name(name).expect(name);
        let plan = plan(&space, id("Answer"), id("Message")).expect("converts");
        // Into the union through its `Sent` variant, the answer converted
        // to it, the audio converted on the way.
        assert_eq!(plan.len(), 3, "{plan:#?}");
        let to_message = plan.iter().find(|c| c.to == id("Message")).unwrap();
        assert!(matches!(
            to_message.body,
            Body::Wrap {
                converted: true,
                ..
            }
        ));
        let to_sent = plan.iter().find(|c| c.to == id("Sent")).unwrap();
        let Body::Fields(fields) = &to_sent.body else {
            panic!()
        };
        let by_name = |wire: &str| {
            let TypeKind::Struct(s) = &space[id("Sent")].kind else {
                panic!()
            };
            let i = s.fields.iter().position(|f| f.wire == wire).unwrap();
            fields.iter().find(|(t, _)| *t == i).unwrap().1.clone()
        };
        assert!(matches!(
            by_name("content"),
            FieldValue::From(
                _,
                Map {
                    value: ValueMap::Into,
                    ..
                }
            )
        ));
        assert!(matches!(
            by_name("calls"),
            FieldValue::From(
                _,
                Map {
                    value: ValueMap::Move,
                    ..
                }
            )
        ));
        assert!(matches!(
            by_name("audio"),
            FieldValue::From(
                _,
                Map {
                    value: ValueMap::Into,
                    ..
                }
            )
        ));
        assert_eq!(by_name("name"), FieldValue::Default);
        assert!(
            plan.iter()
                .any(|c| c.from == id("Audio") && c.to == id("AudioRef"))
        );
        // What a required field cannot be had from is refused by name.
        let err = super::plan(&space, id("Answer"), id("User"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("`text`"), "{err}");
    }

    #[test]
    fn output_items_become_input_items_variant_by_variant() {
        let space = space_of(json!({
            "A": {"type": "object", "required": ["type"], "properties": {"type": {"const": "a"}}},
            "B": {"type": "object", "required": ["type"], "properties": {"type": {"const": "b"}}},
            "C": {"type": "object", "required": ["type"], "properties": {"type": {"const": "c"}}},
            "Output": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"},
                {"$ref": "#/components/schemas/C"}], "discriminator": {"propertyName": "type"}},
            "Item": {"oneOf": [{"$ref": "#/components/schemas/B"}, {"$ref": "#/components/schemas/C"}],
                "discriminator": {"propertyName": "type"}},
            "Input": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/Item"}]}
        }));
        let id = |name: &str| space.by_name(name).expect(name);
        let plan = plan(&space, id("Output"), id("Input")).expect("converts");
        let Body::Variants(places, CatchAll::Kept) = &plan[0].body else {
            panic!("{plan:?}")
        };
        assert_eq!(places[0], (0, Place::Variant(0)));
        assert!(matches!(places[1], (1, Place::Nested(1, _))));
        assert!(matches!(places[2], (2, Place::Nested(1, _))));
    }
}
