//! The intermediate representation of types: what a named type is (struct,
//! string enum, union or alias) and how fields and variants refer to types.
//! Conversion from schemas builds it; deduplication, cycle breaking and
//! layout rewrite it; the emitter reads it.

use super::TypeId;

/// A reference to a type, as a field or variant uses it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// A generated type.
    Named(TypeId),
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// An integer (`i32`, `i64`, `u32`, `u64`).
    Int(&'static str),
    /// A float (`f32`, `f64`).
    Float(&'static str),
    /// Any JSON (`serde_json::Value`).
    Any,
    /// A JSON object with no declared properties.
    Object,
    /// A file (`format: binary`).
    Binary,
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Option<T>`: the value may be `null`.
    Nullable(Box<TypeRef>),
}

impl TypeRef {
    /// `Option<T>` of this type (once).
    pub fn nullable(self) -> Self {
        match self {
            Self::Nullable(_) => self,
            other => Self::Nullable(Box::new(other)),
        }
    }
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// The Rust name.
    pub name: String,
    /// Where it comes from.
    pub pointer: String,
    /// Description or title.
    pub docs: Option<String>,
    /// Why it is deprecated, when it is.
    pub deprecated: Option<String>,
    /// What it is.
    pub kind: TypeKind,
    /// What the model decided about it beyond its shape.
    pub facts: super::TypeFacts,
}

/// The shape of a named type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// An object with declared properties.
    Struct(Struct),
    /// A set of strings, open to unknown values.
    Enum(StringEnum),
    /// One of several types.
    Union(Union),
    /// Another name for a type reference.
    Alias(TypeRef),
}

/// A struct.
#[derive(Debug, Clone, Default)]
pub struct Struct {
    /// Fields in declaration order.
    pub fields: Vec<Field>,
    /// Type of `additionalProperties` when the object also has properties.
    pub additional: Option<TypeRef>,
    /// `anyOf`/`oneOf` members that only list `required` properties: a
    /// value must have every property (wire names) of at least one of them.
    pub alternatives: Vec<Vec<String>>,
}

/// A struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// Rust name.
    pub name: String,
    /// JSON name.
    pub wire: String,
    /// Where the property (or parameter) is in the document.
    pub pointer: String,
    /// The type (nullable types are `Nullable`).
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// Docs.
    pub docs: Option<String>,
    /// Why it is deprecated, when it is.
    pub deprecated: Option<String>,
    /// Boxed to break a cycle.
    pub boxed: bool,
    /// Serialized inline (`#[serde(flatten)]`): the union an `allOf` extends.
    pub flatten: bool,
}

/// A string enum.
#[derive(Debug, Clone)]
pub struct StringEnum {
    /// Known values.
    pub variants: Vec<EnumVariant>,
    /// Index of the default value.
    pub default: Option<usize>,
    /// Any string is allowed besides the known values (a union with a plain
    /// string member); a single-valued enum that is not open is a constant.
    pub open: bool,
}

impl Struct {
    /// Whether serde's own derive reads and writes the struct (a flattened
    /// base or typed additional properties); the others are `Object`s.
    pub fn serde_derived(&self) -> bool {
        self.additional.is_some() || self.fields.iter().any(|f| f.flatten)
    }
}

impl StringEnum {
    /// A constant: exactly one value, nothing else allowed.
    pub fn is_literal(&self) -> bool {
        self.variants.len() == 1 && !self.open
    }
}

/// One known enum value.
#[derive(Debug, Clone)]
pub struct EnumVariant {
    /// Rust name.
    pub name: String,
    /// Wire value.
    pub wire: String,
}

/// A union (`oneOf`/`anyOf`/multi-type).
#[derive(Debug, Clone)]
pub struct Union {
    /// The tag property when variants are told apart by it.
    pub tag: Option<String>,
    /// Variants, in decoding order for untagged unions.
    pub variants: Vec<UnionVariant>,
    /// Name of the catch-all variant keeping unknown values as JSON.
    pub fallback: String,
}

/// One union variant.
#[derive(Debug, Clone)]
pub struct UnionVariant {
    /// Rust name.
    pub name: String,
    /// Payload type.
    pub ty: TypeRef,
    /// Tag values selecting this variant (tagged unions).
    pub tags: Vec<String>,
    /// Boxed to break a cycle.
    pub boxed: bool,
}

impl TypeRef {
    /// Calls `f` on every type id this reference mentions.
    pub fn for_each_id(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            Self::Named(id) => f(*id),
            Self::Array(inner) | Self::Map(inner) | Self::Nullable(inner) => inner.for_each_id(f),
            _ => {}
        }
    }

    /// Replaces every type id this reference mentions with `f(id)`.
    pub fn map_ids(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        match self {
            Self::Named(id) => *id = f(*id),
            Self::Array(inner) | Self::Map(inner) | Self::Nullable(inner) => inner.map_ids(f),
            _ => {}
        }
    }
}

impl TypeKind {
    /// Replaces every type id the kind mentions with `f(id)`.
    pub fn map_ids(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        match self {
            Self::Struct(s) => {
                for field in &mut s.fields {
                    field.ty.map_ids(f);
                }
                if let Some(a) = &mut s.additional {
                    a.map_ids(f);
                }
            }
            Self::Union(u) => u.variants.iter_mut().for_each(|v| v.ty.map_ids(f)),
            Self::Alias(t) => t.map_ids(f),
            Self::Enum(_) => {}
        }
    }

    /// Calls `f` on every type id the kind mentions.
    pub fn for_each_id(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            Self::Struct(s) => {
                for field in &s.fields {
                    field.ty.for_each_id(f);
                }
                if let Some(a) = &s.additional {
                    a.for_each_id(f);
                }
            }
            Self::Union(u) => u.variants.iter().for_each(|v| v.ty.for_each_id(f)),
            Self::Alias(t) => t.for_each_id(f),
            Self::Enum(_) => {}
        }
    }

    /// A struct, enum or union: a type with its own definition.
    pub fn is_defined(&self) -> bool {
        !matches!(self, Self::Alias(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested() -> TypeRef {
        TypeRef::Nullable(Box::new(TypeRef::Array(Box::new(TypeRef::Map(Box::new(
            TypeRef::Named(TypeId(3)),
        ))))))
    }

    #[test]
    fn nullable_is_idempotent() {
        let once = TypeRef::String.nullable();
        assert_eq!(once.clone().nullable(), once);
        assert_eq!(once, TypeRef::Nullable(Box::new(TypeRef::String)));
    }

    #[test]
    fn ids_are_found_and_replaced_through_containers() {
        let mut ty = nested();
        let mut seen = Vec::new();
        ty.for_each_id(&mut |id| seen.push(id));
        assert_eq!(seen, [TypeId(3)]);
        ty.map_ids(&|id| TypeId(id.index() * 10));
        let mut seen = Vec::new();
        ty.for_each_id(&mut |id| seen.push(id));
        assert_eq!(seen, [TypeId(30)]);
    }

    #[test]
    fn kinds_map_fields_additional_properties_and_variants() {
        let field = |ty| Field {
            name: "a".into(),
            wire: "a".into(),
            pointer: "/a".into(),
            ty,
            required: true,
            docs: None,
            deprecated: None,
            boxed: false,
            flatten: false,
        };
        let mut kind = TypeKind::Struct(Struct {
            fields: vec![field(TypeRef::Named(TypeId(1))), field(nested())],
            additional: Some(TypeRef::Named(TypeId(2))),
            alternatives: Vec::new(),
        });
        kind.map_ids(&|id| TypeId(id.index() + 100));
        let mut seen = Vec::new();
        kind.for_each_id(&mut |id| seen.push(id));
        assert_eq!(seen, [101, 103, 102].map(TypeId));
        assert!(kind.is_defined());
        assert!(!TypeKind::Alias(TypeRef::Any).is_defined());
    }

    #[test]
    fn a_literal_is_one_closed_value() {
        let one = |open| StringEnum {
            variants: vec![EnumVariant {
                name: "Auto".into(),
                wire: "auto".into(),
            }],
            default: Some(0),
            open,
        };
        assert!(one(false).is_literal());
        assert!(!one(true).is_literal());
    }
}
