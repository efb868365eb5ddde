//! Typed examples: a call sample (JSON values that satisfy the spec) turned
//! into the Rust a user writes to make those values with the generated
//! types: constructors with their arguments, setters for the optional
//! fields, enum variants, union variants. The emitter prints these
//! expressions in each method's documentation.

use serde_json::Value;

use super::types::{TypeId, TypeKind, TypeRef, TypeSpace, UnionVariant};

/// An expression that builds a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A string literal (where `impl Into<String>` takes it).
    Str(String),
    /// An owned string (where exactly `String` is needed, in a list).
    String(String),
    /// An integer literal with its type suffix (`u32`; empty where the
    /// literal's own type converts).
    Int(i128, &'static str),
    /// A float literal of the given Rust type.
    Float(f64, &'static str),
    /// `true` or `false`.
    Bool(bool),
    /// Any JSON (`serde_json::json!(...)`).
    Json(Value),
    /// A JSON object (`serde_json::Map`).
    JsonObject(serde_json::Map<String, Value>),
    /// A list of values of one type: an array where `impl Into<Vec<T>>`
    /// takes it, `vec![...]` where exactly a `Vec` is needed.
    List(Vec<Expr>, bool),
    /// A map from strings (`BTreeMap::from([...])`).
    Map(Vec<(String, Expr)>),
    /// A struct: a constructor with its arguments, then setters.
    Build {
        /// The type.
        ty: TypeId,
        /// `new`, `with_...` or `default`.
        constructor: String,
        /// The constructor's arguments.
        args: Vec<Expr>,
        /// Setter name and value, in field order.
        setters: Vec<(String, Expr)>,
    },
    /// A variant of a string enum.
    Variant {
        /// The enum.
        ty: TypeId,
        /// The variant.
        variant: String,
    },
    /// A string enum's value this version does not name.
    EnumValue {
        /// The enum.
        ty: TypeId,
        /// The value.
        value: String,
    },
    /// A union variant around its value.
    Wrap {
        /// The union.
        ty: TypeId,
        /// The variant.
        variant: String,
        /// The value.
        inner: Box<Expr>,
    },
    /// A file to upload.
    File(String),
}

/// Where an expression goes: as an `impl Into<T>` argument (a string, or a
/// union variant's value, converts), or where exactly `T` is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Into,
    Exact,
}

/// Nesting beyond this gives up (the sample is then shown as JSON).
const MAX_DEPTH: usize = 24;

impl TypeSpace {
    /// The expression that builds `value` as a `ty`, for an argument that
    /// takes `impl Into<ty>`; `None` when `value` does not fit `ty`.
    pub fn example(&self, ty: &TypeRef, value: &Value) -> Option<Expr> {
        self.expr(ty, value, Place::Into, 0)
    }

    /// [`TypeSpace::example`] where exactly `ty` is needed (a `&ty`
    /// argument).
    pub fn exact_example(&self, ty: &TypeRef, value: &Value) -> Option<Expr> {
        self.expr(ty, value, Place::Exact, 0)
    }

    fn expr(&self, ty: &TypeRef, value: &Value, place: Place, depth: usize) -> Option<Expr> {
        if depth > MAX_DEPTH {
            return None;
        }
        match (ty, value) {
            (TypeRef::Nullable(inner), _) => self.expr(inner, value, place, depth),
            (TypeRef::String, Value::String(s)) => Some(match place {
                Place::Into => Expr::Str(s.clone()),
                Place::Exact => Expr::String(s.clone()),
            }),
            (TypeRef::Bool, Value::Bool(b)) => Some(Expr::Bool(*b)),
            (TypeRef::Int(k), Value::Number(n)) => {
                let n = n.as_i64().map(i128::from).or(n.as_u64().map(i128::from))?;
                // A literal in a list must say its type.
                let suffix = if place == Place::Exact || !matches!(*k, "i64" | "i32") {
                    k
                } else {
                    ""
                };
                Some(Expr::Int(n, suffix))
            }
            (TypeRef::Float(k), Value::Number(n)) => Some(Expr::Float(n.as_f64()?, k)),
            (TypeRef::Any, v) => Some(Expr::Json(v.clone())),
            (TypeRef::Object, Value::Object(m)) => Some(Expr::JsonObject(m.clone())),
            (TypeRef::Binary, Value::String(name)) => Some(Expr::File(name.clone())),
            (TypeRef::Array(inner), Value::Array(items)) => items
                .iter()
                .map(|v| self.expr(inner, v, Place::Exact, depth + 1))
                .collect::<Option<_>>()
                .map(|items| Expr::List(items, place == Place::Exact)),
            (TypeRef::Map(inner), Value::Object(m)) => m
                .iter()
                .map(|(k, v)| Some((k.clone(), self.expr(inner, v, Place::Exact, depth + 1)?)))
                .collect::<Option<_>>()
                .map(Expr::Map),
            (TypeRef::Named(id), _) => self.named(*id, value, place, depth),
            _ => None,
        }
    }

    fn named(&self, id: TypeId, value: &Value, place: Place, depth: usize) -> Option<Expr> {
        match &self[id].kind {
            TypeKind::Alias(inner) => self.expr(inner, value, place, depth + 1),
            TypeKind::Enum(e) => {
                let Value::String(s) = value else {
                    return None;
                };
                Some(match (e.variants.iter().find(|v| &v.wire == s), place) {
                    (Some(v), _) => Expr::Variant {
                        ty: id,
                        variant: v.name.clone(),
                    },
                    // An enum converts from any string.
                    (None, Place::Into) => Expr::Str(s.clone()),
                    (None, Place::Exact) => Expr::EnumValue {
                        ty: id,
                        value: s.clone(),
                    },
                })
            }
            TypeKind::Struct(_) => self.build(id, value, depth),
            TypeKind::Union(u) => {
                let variant = self.variant_for(u, value)?;
                // An `impl Into<Union>` argument takes the variant's value
                // (the derive converts from each variant's type, and from a
                // string for a string variant).
                let inner = self.expr(&variant.ty, value, Place::Exact, depth + 1)?;
                if place == Place::Into && self.converts_into_union(u, variant) {
                    return Some(match inner {
                        Expr::String(s) => Expr::Str(s),
                        other => other,
                    });
                }
                Some(Expr::Wrap {
                    ty: id,
                    variant: variant.name.clone(),
                    inner: Box::new(inner),
                })
            }
        }
    }

    /// Whether the union converts from `variant`'s value with `From` (its
    /// type is no other variant's, and not raw JSON).
    fn converts_into_union(&self, u: &super::types::Union, variant: &UnionVariant) -> bool {
        variant.ty != TypeRef::Any && u.variants.iter().filter(|v| v.ty == variant.ty).count() == 1
    }

    /// The variant a sample value belongs to: by its tag, else the first
    /// whose shape it has.
    fn variant_for<'u>(
        &self,
        u: &'u super::types::Union,
        value: &Value,
    ) -> Option<&'u UnionVariant> {
        if let Some(tag) = &u.tag {
            let tag_value = value.get(tag)?.as_str()?;
            return u
                .variants
                .iter()
                .find(|v| v.tags.iter().any(|t| t == tag_value));
        }
        u.variants.iter().find(|v| {
            self.expr(&v.ty, value, Place::Exact, MAX_DEPTH - 2)
                .is_some()
        })
    }

    /// A struct from an object sample: its constructor with the sample's
    /// values for the arguments, then a setter per other value.
    fn build(&self, id: TypeId, value: &Value, depth: usize) -> Option<Expr> {
        let TypeKind::Struct(s) = &self[id].kind else {
            return None;
        };
        let object = value.as_object()?;
        let constructors = self.constructors(id);
        let value_of = |i: usize| -> Option<Expr> {
            let f = &s.fields[i];
            self.expr(&f.ty, object.get(&f.wire)?, Place::Into, depth + 1)
        };
        // `new` when it exists; else the first alternative the sample fits;
        // else `default()` when every field may be left out.
        let (constructor, args): (String, Vec<usize>) = match &constructors.new {
            Some(args) => ("new".into(), args.clone()),
            None => match constructors
                .alternatives
                .iter()
                .find(|set| set.iter().all(|&i| object.contains_key(&s.fields[i].wire)))
            {
                Some(set) => {
                    let names: Vec<&str> = set.iter().map(|&i| s.fields[i].name.as_str()).collect();
                    let mut all = self.required_arguments(s);
                    all.extend(set);
                    (format!("with_{}", names.join("_and_")), all)
                }
                None if self.has_default(&TypeRef::Named(id)) => ("default".into(), Vec::new()),
                None => return None,
            },
        };
        let args = args
            .iter()
            .map(|&i| value_of(i))
            .collect::<Option<Vec<_>>>()?;
        let taken: Vec<usize> = match constructor.as_str() {
            "default" => Vec::new(),
            _ => match &constructors.new {
                Some(a) => a.clone(),
                None => self.required_arguments(s).into_iter().collect(),
            },
        };
        let mut setters = Vec::new();
        for (i, f) in s.fields.iter().enumerate() {
            let set_by_alternative = constructor.starts_with("with_")
                && constructors
                    .alternatives
                    .iter()
                    .any(|set| set.contains(&i) && object.contains_key(&f.wire));
            if taken.contains(&i) || set_by_alternative || !self.storage(f).optional {
                continue;
            }
            let Some(v) = object.get(&f.wire).filter(|v| !v.is_null()) else {
                continue;
            };
            setters.push((f.name.clone(), self.expr(&f.ty, v, Place::Into, depth + 1)?));
        }
        Some(Expr::Build {
            ty: id,
            constructor,
            args,
            setters,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::tests::space_of;
    use serde_json::json;

    #[test]
    fn samples_become_constructors_setters_variants_and_literals() {
        let space = space_of(json!({
            "Role": {"type": "string", "enum": ["user", "system"]},
            "Text": {"type": "object", "required": ["type", "text"], "properties": {
                "type": {"const": "text"}, "text": {"type": "string"}}},
            "Image": {"type": "object", "required": ["type", "url"], "properties": {
                "type": {"const": "image"}, "url": {"type": "string"}}},
            "Part": {"oneOf": [{"$ref": "#/components/schemas/Text"}, {"$ref": "#/components/schemas/Image"}],
                "discriminator": {"propertyName": "type"}},
            "Message": {"type": "object", "required": ["role", "parts"], "properties": {
                "role": {"$ref": "#/components/schemas/Role"},
                "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                "weight": {"type": "number"},
                "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                "meta": {}}}
        }));
        let id = |name: &str| space.by_name(name).expect(name);
        let sample = json!({"role": "user", "parts": [{"type": "image", "url": "u"}],
            "weight": 0.5, "tags": {"k": "v"}, "meta": {"any": [1]}});
        let expr = space
            .example(&TypeRef::Named(id("Message")), &sample)
            .expect("example");
        let Expr::Build {
            constructor,
            args,
            setters,
            ..
        } = expr
        else {
            panic!("{expr:?}");
        };
        assert_eq!(constructor, "new");
        assert_eq!(
            args[0],
            Expr::Variant {
                ty: id("Role"),
                variant: "User".into()
            }
        );
        let Expr::List(parts, false) = &args[1] else {
            panic!("{:?}", args[1])
        };
        // Inside a list the union variant is written out.
        assert!(matches!(&parts[0], Expr::Wrap { variant, .. } if variant == "Image"));
        let names: Vec<&str> = setters.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["weight", "tags", "meta"]);
        assert_eq!(setters[0].1, Expr::Float(0.5, "f64"));
        let Expr::Map(tags) = &setters[1].1 else {
            panic!()
        };
        assert_eq!(tags[0], ("k".to_owned(), Expr::String("v".into())));
        assert_eq!(setters[2].1, Expr::Json(json!({"any": [1]})));
        // A value of another type does not fit.
        assert_eq!(space.example(&TypeRef::String, &json!(1)), None);
    }
}
