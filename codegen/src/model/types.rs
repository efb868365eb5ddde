//! The type space: every component schema and every inline schema that needs
//! a name becomes a [`TypeDef`]; everything else is a [`TypeRef`] to a
//! primitive or container. Built once, in document order, so names are stable.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

use super::names::{Namer, field_name, type_name};
use crate::error::Warning;
use crate::load::Document;

/// Index of a [`TypeDef`] in [`TypeSpace::types`].
pub type TypeId = usize;

/// Inline schemas nested deeper than this become `serde_json::Value`.
const MAX_DEPTH: usize = 48;

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
    fn nullable(self) -> Self {
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
    /// `deprecated: true`.
    pub deprecated: bool,
    /// What it is.
    pub kind: TypeKind,
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
    /// The type (nullable types are `Nullable`).
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// Docs.
    pub docs: Option<String>,
    /// `deprecated: true`.
    pub deprecated: bool,
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

/// All named types of a spec.
#[derive(Debug, Default)]
pub struct TypeSpace {
    /// The types, indexed by [`TypeId`].
    pub types: Vec<TypeDef>,
    /// Pointer of each named type's origin.
    pub by_pointer: HashMap<String, TypeId>,
    /// Things that could not be expressed exactly.
    pub warnings: Vec<Warning>,
}

impl TypeSpace {
    /// Sees through aliases: is a `null` allowed for values of `ty`?
    pub fn is_nullable(&self, ty: &TypeRef) -> bool {
        self.is_nullable_depth(ty, 0)
    }

    fn is_nullable_depth(&self, ty: &TypeRef, depth: usize) -> bool {
        match ty {
            // `Value` can hold `null` itself, but optional `Value` fields are
            // still wrapped in `Option` so that "absent" stays distinct.
            TypeRef::Nullable(_) => true,
            TypeRef::Named(id) if depth < 16 => match &self.types[*id].kind {
                TypeKind::Alias(inner) => self.is_nullable_depth(inner, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }

    /// Sees through aliases to the type that `ty` names.
    pub fn resolve<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        let mut current = ty;
        for _ in 0..16 {
            match current {
                TypeRef::Named(id) => match &self.types[*id].kind {
                    TypeKind::Alias(inner) => current = inner,
                    _ => return current,
                },
                TypeRef::Nullable(inner) => current = inner,
                _ => return current,
            }
        }
        current
    }

    /// The struct behind `ty`, seeing through aliases and `Option`.
    pub fn as_struct(&self, ty: &TypeRef) -> Option<(TypeId, &Struct)> {
        match self.resolve(ty) {
            TypeRef::Named(id) => match &self.types[*id].kind {
                TypeKind::Struct(s) => Some((*id, s)),
                _ => None,
            },
            _ => None,
        }
    }

    /// True when `ty` implements `Default` (so a missing required field can
    /// decode as its default instead of failing).
    pub fn has_default(&self, ty: &TypeRef) -> bool {
        self.has_default_depth(ty, 0)
    }

    fn has_default_depth(&self, ty: &TypeRef, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        match ty {
            TypeRef::Named(id) => match &self.types[*id].kind {
                TypeKind::Alias(inner) => self.has_default_depth(inner, depth + 1),
                TypeKind::Enum(_) => true,
                TypeKind::Struct(s) => s.fields.iter().all(|f| {
                    !f.required
                        || self.is_nullable(&f.ty)
                        || self.is_constant(&f.ty)
                        || (!f.boxed && !f.flatten && self.has_default_depth(&f.ty, depth + 1))
                }),
                TypeKind::Union(_) => false,
            },
            TypeRef::Binary => false,
            _ => true,
        }
    }

    /// True when a value of `ty` can be produced by `Default::default()`
    /// without the user choosing it (single-valued enums, i.e. constants).
    pub fn is_constant(&self, ty: &TypeRef) -> bool {
        match self.resolve(ty) {
            TypeRef::Named(id) => matches!(
                &self.types[*id].kind,
                TypeKind::Enum(e) if e.is_literal()
            ),
            _ => false,
        }
    }
}

/// Builds a [`TypeSpace`] from a document.
pub struct Builder<'a> {
    doc: &'a Document,
    space: TypeSpace,
    namer: Namer,
    /// Inline string enums by their values, so identical ones share a type.
    enums: BTreeMap<(Vec<String>, Option<String>), TypeId>,
}

/// The properties of an object schema gathered across `allOf` and `$ref`s.
#[derive(Default)]
struct Collected<'a> {
    props: Vec<(String, &'a Value, String)>,
    required: Vec<String>,
    additional: Option<(&'a Value, String)>,
    unions: Vec<(&'a Value, String)>,
}

/// What a schema is, once `$ref`s and nullability are set aside.
enum Shape<'a> {
    Ref(&'a str),
    AllOf(Vec<(&'a Value, String)>),
    OneOf(Vec<(&'a Value, String)>),
    StringEnum(Vec<String>),
    Primitive(TypeRef),
    Array(Option<&'a Value>),
    Object,
    MultiType(Vec<&'a str>),
}

impl<'a> Builder<'a> {
    /// A builder over `doc`.
    pub fn new(doc: &'a Document) -> Self {
        let mut namer = Namer::new();
        // Names generated crates define next to the types.
        for reserved in ["Client", "Error", "Result"] {
            namer.reserve(reserved);
        }
        Self {
            doc,
            space: TypeSpace::default(),
            namer,
            enums: BTreeMap::new(),
        }
    }

    /// Defines every component schema, in document order.
    pub fn add_components(&mut self) {
        if let Some(Value::Object(schemas)) = self.doc.pointer("/components/schemas") {
            for name in schemas.keys() {
                let pointer = format!("/components/schemas/{}", crate::load::escape_pointer(name));
                self.named(&pointer, name);
            }
        }
    }

    /// Finishes: boxes cycles, breaks alias loops, boxes what would make
    /// values large.
    pub fn finish(mut self) -> TypeSpace {
        super::cycles::break_cycles(&mut self.space);
        super::layout::box_large_variants(&mut self.space);
        super::layout::box_large_optional_fields(&mut self.space);
        self.space
    }

    /// Records a warning.
    pub fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.space.warnings.push(Warning {
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    /// Reserves a named type to be filled in by the caller.
    pub fn reserve_type(&mut self, pointer: &str, base: &str) -> TypeId {
        let name = self.namer.unique(&type_name(base, "Schema"));
        self.push(pointer, name, &Value::Null)
    }

    /// A type being defined.
    pub fn type_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self.space.types[id]
    }

    /// The space built so far.
    pub fn space(&self) -> &TypeSpace {
        &self.space
    }

    fn push(&mut self, pointer: &str, name: String, schema: &Value) -> TypeId {
        let id = self.space.types.len();
        self.space.types.push(TypeDef {
            name,
            pointer: pointer.to_owned(),
            docs: docs_of(schema),
            deprecated: schema.get("deprecated") == Some(&Value::Bool(true)),
            kind: TypeKind::Alias(TypeRef::Any),
        });
        self.space.by_pointer.insert(pointer.to_owned(), id);
        id
    }

    /// The named type defined by the schema at `pointer`.
    pub fn named(&mut self, pointer: &str, base: &str) -> TypeId {
        if let Some(id) = self.space.by_pointer.get(pointer) {
            return *id;
        }
        let Some(schema) = self.doc.pointer(pointer) else {
            self.warn(pointer, "schema not found; using JSON value");
            let name = self.namer.unique(&type_name(base, "Schema"));
            return self.push(pointer, name, &Value::Null);
        };
        let name = self.namer.unique(&type_name(base, "Schema"));
        let id = self.push(pointer, name.clone(), schema);
        let kind = self.kind_of(schema, pointer, &name, 0);
        self.space.types[id].kind = kind;
        id
    }

    /// Defines an inline schema under a contextual name.
    fn inline(&mut self, schema: &'a Value, pointer: &str, ctx: &str, depth: usize) -> TypeRef {
        if let Some(id) = self.space.by_pointer.get(pointer) {
            return TypeRef::Named(*id);
        }
        let name = self.namer.unique(&type_name(ctx, "Schema"));
        let id = self.push(pointer, name.clone(), schema);
        let kind = self.kind_of(schema, pointer, &name, depth);
        self.space.types[id].kind = kind;
        TypeRef::Named(id)
    }

    fn shape(&mut self, s: &'a Value, pointer: &str) -> Shape<'a> {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            return Shape::Ref(r);
        }
        let members = |key: &str| -> Option<Vec<(&'a Value, String)>> {
            let items = s.get(key)?.as_array()?;
            Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (m, format!("{pointer}/{key}/{i}")))
                    .collect(),
            )
        };
        if let Some(all) = members("allOf") {
            let real: Vec<_> = all
                .into_iter()
                .filter(|(m, _)| !is_annotation_only(m))
                .collect();
            if !real.is_empty() || s.get("properties").is_some() {
                return Shape::AllOf(real);
            }
        }
        if let Some(one) = members("oneOf").or_else(|| members("anyOf")) {
            let real: Vec<_> = one
                .into_iter()
                .filter(|(m, _)| !is_annotation_only(m))
                .collect();
            if !real.is_empty() {
                return Shape::OneOf(real);
            }
        }
        if let Some(values) = s.get("enum").and_then(Value::as_array) {
            let strings: Vec<String> = values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            let non_null = values.iter().filter(|v| !v.is_null()).count();
            if !strings.is_empty() && strings.len() == non_null {
                return Shape::StringEnum(strings);
            }
        }
        if let Some(Value::String(c)) = s.get("const") {
            return Shape::StringEnum(vec![c.clone()]);
        }
        let types: Vec<&str> = match s.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .collect(),
            _ => Vec::new(),
        };
        let ty = match types.as_slice() {
            [] if s.get("properties").is_some() => "object",
            [] if s.get("items").is_some() => "array",
            [] => {
                if s.get("type") == Some(&Value::String("null".into()))
                    || matches!(s.get("type"), Some(Value::Array(_)))
                {
                    return Shape::Primitive(TypeRef::Any);
                }
                return Shape::Primitive(TypeRef::Any);
            }
            [one] => one,
            many => return Shape::MultiType(many.to_vec()),
        };
        let format = s.get("format").and_then(Value::as_str).unwrap_or("");
        match ty {
            "string" if format == "binary" => Shape::Primitive(TypeRef::Binary),
            "string" => Shape::Primitive(TypeRef::String),
            "boolean" => Shape::Primitive(TypeRef::Bool),
            "integer" => Shape::Primitive(TypeRef::Int(match format {
                "int32" => "i32",
                "uint32" => "u32",
                "uint64" => "u64",
                _ => "i64",
            })),
            "number" => Shape::Primitive(TypeRef::Float(if format == "float" {
                "f32"
            } else {
                "f64"
            })),
            "array" => Shape::Array(s.get("items")),
            "object" => Shape::Object,
            "null" => Shape::Primitive(TypeRef::Any),
            other => {
                self.warn(pointer, format!("unknown type `{other}`; using JSON value"));
                Shape::Primitive(TypeRef::Any)
            }
        }
    }

    /// The type of a schema used in place (a field, an item, a variant).
    pub fn type_of(&mut self, s: &'a Value, pointer: &str, ctx: &str, depth: usize) -> TypeRef {
        if depth > MAX_DEPTH {
            self.warn(pointer, "schema nested too deeply; using JSON value");
            return TypeRef::Any;
        }
        let nullable = is_nullable_schema(s);
        let ty = match self.shape(s, pointer) {
            Shape::Ref(r) => self.reference(r, pointer),
            Shape::AllOf(members) => {
                let non_null: Vec<_> = members
                    .into_iter()
                    .filter(|(m, _)| !is_null_type(m))
                    .collect();
                if non_null.len() == 1 && s.get("properties").is_none() {
                    let (m, p) = &non_null[0];
                    self.type_of(m, p, ctx, depth + 1)
                } else {
                    self.inline(s, pointer, ctx, depth + 1)
                }
            }
            Shape::OneOf(members) => {
                let non_null: Vec<_> = members
                    .into_iter()
                    .filter(|(m, _)| !is_null_type(m))
                    .collect();
                match non_null.as_slice() {
                    [] => TypeRef::Any,
                    [(m, p)] if s.get("properties").is_none() => self.type_of(m, p, ctx, depth + 1),
                    _ => self.inline(s, pointer, ctx, depth + 1),
                }
            }
            Shape::StringEnum(values) => self.inline_enum(s, pointer, ctx, values),
            Shape::Primitive(t) => t,
            Shape::Array(items) => match items {
                Some(items) => TypeRef::Array(Box::new(self.type_of(
                    items,
                    &format!("{pointer}/items"),
                    &format!("{ctx}Item"),
                    depth + 1,
                ))),
                None => TypeRef::Array(Box::new(TypeRef::Any)),
            },
            Shape::Object => self.object_ref(s, pointer, ctx, depth),
            Shape::MultiType(_) => self.inline(s, pointer, ctx, depth + 1),
        };
        if nullable { ty.nullable() } else { ty }
    }

    fn object_ref(&mut self, s: &'a Value, pointer: &str, ctx: &str, depth: usize) -> TypeRef {
        let has_props = s
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty());
        if has_props {
            return self.inline(s, pointer, ctx, depth + 1);
        }
        match s.get("additionalProperties") {
            Some(ap @ Value::Object(m)) if !m.is_empty() => TypeRef::Map(Box::new(self.type_of(
                ap,
                &format!("{pointer}/additionalProperties"),
                &format!("{ctx}Value"),
                depth + 1,
            ))),
            _ => TypeRef::Object,
        }
    }

    fn reference(&mut self, r: &str, pointer: &str) -> TypeRef {
        let Some(target) = crate::load::ref_pointer(r) else {
            self.warn(pointer, format!("unsupported reference `{r}`"));
            return TypeRef::Any;
        };
        let base = target
            .rsplit('/')
            .next()
            .unwrap_or("Schema")
            .replace("~1", "/")
            .replace("~0", "~");
        let id = self.named(&target, &base);
        let nullable = self.doc.pointer(&target).is_some_and(is_nullable_schema);
        if nullable {
            TypeRef::Named(id).nullable()
        } else {
            TypeRef::Named(id)
        }
    }

    fn inline_enum(&mut self, s: &Value, pointer: &str, ctx: &str, values: Vec<String>) -> TypeRef {
        if let Some(id) = self.space.by_pointer.get(pointer) {
            return TypeRef::Named(*id);
        }
        // A single value is its own default: one type per constant, whether
        // or not a schema spells the default out.
        let default = if values.len() == 1 {
            Some(values[0].clone())
        } else {
            s.get("default").and_then(Value::as_str).map(str::to_owned)
        };
        let key = (values.clone(), default.clone());
        if let Some(id) = self.enums.get(&key) {
            self.space.by_pointer.insert(pointer.to_owned(), *id);
            return TypeRef::Named(*id);
        }
        let base = if values.len() == 1 {
            format!("{}Literal", type_name(&values[0], "Empty"))
        } else {
            ctx.to_owned()
        };
        let name = self.namer.unique(&type_name(&base, "Schema"));
        let id = self.push(pointer, name, s);
        if values.len() == 1 {
            // Shared by every place that uses the same constant.
            self.space.types[id].docs = Some(format!("The constant `{}`.", values[0]));
        }
        self.space.types[id].kind = TypeKind::Enum(make_enum(values, default.as_deref(), false));
        self.enums.insert(key, id);
        TypeRef::Named(id)
    }

    /// The kind of a named type defined by `s`.
    fn kind_of(&mut self, s: &'a Value, pointer: &str, name: &str, depth: usize) -> TypeKind {
        if depth > MAX_DEPTH {
            self.warn(pointer, "schema nested too deeply; using JSON value");
            return TypeKind::Alias(TypeRef::Any);
        }
        match self.shape(s, pointer) {
            Shape::Ref(r) => TypeKind::Alias(self.reference(r, pointer)),
            Shape::AllOf(members) => {
                let non_null: Vec<_> = members
                    .into_iter()
                    .filter(|(m, _)| !is_null_type(m))
                    .collect();
                if non_null.len() == 1 && s.get("properties").is_none() {
                    let (m, p) = &non_null[0];
                    return TypeKind::Alias(self.type_of(m, p, name, depth + 1));
                }
                self.merged_struct(s, pointer, name, depth)
            }
            Shape::OneOf(members) => self.union(s, pointer, name, members, depth),
            Shape::StringEnum(values) => {
                let default = s.get("default").and_then(Value::as_str);
                TypeKind::Enum(make_enum(values, default, false))
            }
            Shape::Primitive(t) => TypeKind::Alias(t),
            Shape::Array(_) => {
                let ty = self.type_of(s, pointer, name, depth + 1);
                TypeKind::Alias(strip_nullable(ty))
            }
            Shape::Object => {
                let has_props = s
                    .get("properties")
                    .and_then(Value::as_object)
                    .is_some_and(|p| !p.is_empty());
                if has_props {
                    self.merged_struct(s, pointer, name, depth)
                } else {
                    TypeKind::Alias(strip_nullable(self.object_ref(s, pointer, name, depth)))
                }
            }
            Shape::MultiType(types) => {
                let variants = types
                    .iter()
                    .map(|t| {
                        let ty = match *t {
                            "string" => TypeRef::String,
                            "integer" => TypeRef::Int("i64"),
                            "number" => TypeRef::Float("f64"),
                            "boolean" => TypeRef::Bool,
                            "array" => TypeRef::Array(Box::new(match s.get("items") {
                                Some(items) => self.type_of(
                                    items,
                                    &format!("{pointer}/items"),
                                    &format!("{name}Item"),
                                    depth + 1,
                                ),
                                None => TypeRef::Any,
                            })),
                            _ => TypeRef::Object,
                        };
                        (ty, None)
                    })
                    .collect();
                self.untagged(name, variants)
            }
        }
    }

    /// Collects the properties of an object schema, following `allOf` and
    /// `$ref`s; later definitions of a property win.
    fn collect_props(&mut self, s: &'a Value, pointer: &str, c: &mut Collected<'a>, depth: usize) {
        if depth > MAX_DEPTH {
            self.warn(pointer, "allOf nested too deeply");
            return;
        }
        let (s, pointer) = match self.doc.deref(s, pointer) {
            Ok((v, p)) => (v, p),
            Err(e) => {
                self.warn(pointer, e.to_string());
                return;
            }
        };
        if let Some(Value::Array(members)) = s.get("allOf") {
            for (i, m) in members.iter().enumerate() {
                self.collect_props(m, &format!("{pointer}/allOf/{i}"), c, depth + 1);
            }
        }
        let is_union = ["oneOf", "anyOf"].iter().any(|k| {
            s.get(*k).and_then(Value::as_array).is_some_and(|ms| {
                ms.iter()
                    .any(|m| !is_annotation_only(m) && !is_constraint_only(m))
            })
        });
        if s.get("allOf").is_none() && is_union && s.get("properties").is_none() {
            // A union extended by allOf: kept whole, flattened into the struct.
            c.unions.push((s, pointer.clone()));
        }
        if let Some(Value::Object(props)) = s.get("properties") {
            for (name, prop) in props {
                let p = format!("{pointer}/properties/{}", crate::load::escape_pointer(name));
                if let Some(existing) = c.props.iter_mut().find(|(n, _, _)| n == name) {
                    existing.1 = prop;
                    existing.2 = p;
                } else {
                    c.props.push((name.clone(), prop, p));
                }
            }
        }
        if let Some(Value::Array(req)) = s.get("required") {
            for r in req.iter().filter_map(Value::as_str) {
                if !c.required.iter().any(|x| x == r) {
                    c.required.push(r.to_owned());
                }
            }
        }
        if let Some(ap @ Value::Object(m)) = s.get("additionalProperties")
            && !m.is_empty()
        {
            c.additional = Some((ap, format!("{pointer}/additionalProperties")));
        }
    }

    fn merged_struct(&mut self, s: &'a Value, pointer: &str, name: &str, depth: usize) -> TypeKind {
        let mut c = Collected::default();
        self.collect_props(s, pointer, &mut c, depth);
        let Collected {
            props,
            required,
            additional,
            unions,
        } = c;
        let mut namer = Namer::new();
        namer.reserve("new");
        let mut fields = Vec::with_capacity(props.len() + unions.len());
        for (i, (u, p)) in unions.into_iter().enumerate() {
            let base = if i == 0 {
                "base".to_owned()
            } else {
                format!("base_{}", i + 1)
            };
            let ty = strip_nullable(self.type_of(u, &p, &format!("{name}Base"), depth + 1));
            fields.push(Field {
                name: namer.unique(&base),
                wire: base,
                ty,
                required: true,
                docs: Some("The value this type extends; its fields are serialized inline.".into()),
                deprecated: false,
                boxed: false,
                flatten: true,
            });
        }
        for (wire, prop, p) in props {
            let ctx = format!("{name}{}", type_name(&wire, "Field"));
            let ty = self.type_of(prop, &p, &ctx, depth + 1);
            let rust = namer.unique(&field_name(&wire, "field"));
            fields.push(Field {
                name: rust,
                required: required.contains(&wire),
                docs: docs_of(prop),
                deprecated: prop.get("deprecated") == Some(&Value::Bool(true)),
                wire,
                ty,
                boxed: false,
                flatten: false,
            });
        }
        let has_props = !fields.is_empty();
        let additional = additional.filter(|_| has_props).map(|(ap, p)| {
            let ty = self.type_of(ap, &p, &format!("{name}Value"), depth + 1);
            let _ = namer.unique("additional_properties");
            ty
        });
        if !has_props {
            return TypeKind::Alias(TypeRef::Object);
        }
        let alternatives = required_alternatives(s)
            .into_iter()
            .map(|names| names.into_iter().map(str::to_owned).collect())
            .collect();
        TypeKind::Struct(Struct {
            fields,
            additional,
            alternatives,
        })
    }

    fn union(
        &mut self,
        s: &'a Value,
        pointer: &str,
        name: &str,
        members: Vec<(&'a Value, String)>,
        depth: usize,
    ) -> TypeKind {
        let members: Vec<_> = members
            .into_iter()
            .filter(|(m, _)| !is_null_type(m))
            .collect();
        if members.iter().all(|(m, _)| is_constraint_only(m)) {
            // `oneOf: [{required: [a]}, {required: [b]}]` only constrains
            // which properties are present: the schema is its object.
            return self.merged_struct(s, pointer, name, depth);
        }
        let members: Vec<_> = members
            .into_iter()
            .filter(|(m, _)| !is_constraint_only(m))
            .collect();
        if s.get("properties").is_some() {
            self.warn(
                pointer,
                "properties beside oneOf/anyOf are ignored; the union is typed by its members",
            );
        }
        match members.as_slice() {
            [] => return TypeKind::Alias(TypeRef::Any),
            [(m, p)] => {
                return TypeKind::Alias(strip_nullable(self.type_of(m, p, name, depth + 1)));
            }
            _ => {}
        }
        // All members are strings: one open string enum.
        if let Some((values, open)) = self.string_values(&members) {
            let default = s.get("default").and_then(Value::as_str);
            return TypeKind::Enum(make_enum(values, default, open));
        }
        let tag = self.find_tag(s, &members);
        let mut variants = Vec::with_capacity(members.len());
        for (i, (m, p)) in members.iter().enumerate() {
            let hint = match (&tag, m.get("title").and_then(Value::as_str)) {
                (_, Some(title)) => format!("{name}{}", type_name(title, "Variant")),
                (Some((_, tags)), None) if !tags[i].is_empty() => {
                    format!("{name}{}", type_name(&tags[i][0], "Variant"))
                }
                _ => format!("{name}Variant{}", i + 1),
            };
            let ty = strip_nullable(self.type_of(m, p, &hint, depth + 1));
            variants.push((ty, tag.as_ref().map(|(_, tags)| tags[i].clone())));
        }
        match tag {
            Some((prop, _)) => self.tagged(prop, variants),
            None => self.untagged(name, variants),
        }
    }

    /// The string values of members that are all strings, if they are.
    fn string_values(&mut self, members: &[(&'a Value, String)]) -> Option<(Vec<String>, bool)> {
        let mut values = Vec::new();
        let mut open = false;
        for (m, p) in members {
            self.collect_strings(m, p, &mut values, &mut open, 0)?;
        }
        let mut seen = std::collections::BTreeSet::new();
        values.retain(|v| seen.insert(v.clone()));
        Some((values, open))
    }

    /// Adds the values of a string-only schema (nested string unions
    /// included); `None` when the schema admits something else.
    fn collect_strings(
        &mut self,
        m: &'a Value,
        p: &str,
        values: &mut Vec<String>,
        open: &mut bool,
        depth: usize,
    ) -> Option<()> {
        if depth > 16 {
            return None;
        }
        let (m, p) = self.doc.deref(m, p).ok()?;
        if let Some(Value::Array(vs)) = m.get("enum") {
            for v in vs {
                match v {
                    Value::String(s) => values.push(s.clone()),
                    Value::Null => {}
                    _ => return None,
                }
            }
            return Some(());
        }
        if let Some(Value::String(c)) = m.get("const") {
            values.push(c.clone());
            return Some(());
        }
        if m.get("type") == Some(&Value::String("string".into()))
            && m.get("format").and_then(Value::as_str) != Some("binary")
        {
            // A plain string member: any string is allowed.
            *open = true;
            return Some(());
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(Value::Array(nested)) = m.get(key) {
                for (i, n) in nested.iter().enumerate() {
                    if is_null_type(n) {
                        continue;
                    }
                    self.collect_strings(n, &format!("{p}/{key}/{i}"), values, open, depth + 1)?;
                }
                return Some(());
            }
        }
        None
    }

    /// The property that tells the members apart, and each member's values.
    fn find_tag(
        &mut self,
        s: &Value,
        members: &[(&'a Value, String)],
    ) -> Option<(String, Vec<Vec<String>>)> {
        let mut per_member: Vec<BTreeMap<String, Vec<String>>> = Vec::new();
        for (m, p) in members {
            let (resolved, rp) = self.doc.deref(m, p).ok()?;
            if matches!(self.shape(resolved, &rp), Shape::OneOf(_)) {
                return None;
            }
            let mut c = Collected::default();
            self.collect_props(resolved, &rp, &mut c, 0);
            if !c.unions.is_empty() {
                return None;
            }
            let props = c.props;
            let mut consts = BTreeMap::new();
            for (name, prop, pp) in props {
                let Ok((prop, _)) = self.doc.deref(prop, &pp) else {
                    continue;
                };
                let values: Vec<String> = match (prop.get("enum"), prop.get("const")) {
                    (Some(Value::Array(vs)), _) => vs
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                    (_, Some(Value::String(c))) => vec![c.clone()],
                    _ => continue,
                };
                if !values.is_empty() {
                    consts.insert(name, values);
                }
            }
            per_member.push(consts);
        }
        let mut candidates: Vec<String> = Vec::new();
        if let Some(p) = s
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
        {
            candidates.push(p.to_owned());
        }
        for c in ["type", "object", "event", "role", "kind"] {
            candidates.push(c.to_owned());
        }
        if let Some(first) = per_member.first() {
            candidates.extend(first.keys().cloned());
        }
        'candidates: for prop in candidates {
            let mut all = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            for consts in &per_member {
                let Some(values) = consts.get(&prop) else {
                    continue 'candidates;
                };
                for v in values {
                    if !seen.insert(v.clone()) {
                        continue 'candidates;
                    }
                }
                all.push(values.clone());
            }
            return Some((prop, all));
        }
        None
    }

    fn tagged(&mut self, tag: String, variants: Vec<(TypeRef, Option<Vec<String>>)>) -> TypeKind {
        let mut namer = Namer::new();
        let variants: Vec<UnionVariant> = variants
            .into_iter()
            .map(|(ty, tags)| {
                let tags = tags.unwrap_or_default();
                let base = tags
                    .first()
                    .map_or_else(|| "Variant".to_owned(), |t| type_name(t, "Variant"));
                UnionVariant {
                    name: namer.unique(&base),
                    ty,
                    tags,
                    boxed: false,
                }
            })
            .collect();
        let fallback = namer.unique("Unknown");
        TypeKind::Union(Union {
            tag: Some(tag),
            variants,
            fallback,
        })
    }

    fn untagged(&mut self, name: &str, variants: Vec<(TypeRef, Option<Vec<String>>)>) -> TypeKind {
        let mut namer = Namer::new();
        let mut out: Vec<UnionVariant> = Vec::new();
        for (ty, _) in variants {
            if out.iter().any(|v| v.ty == ty) {
                continue;
            }
            let base = self.variant_name(name, &ty);
            out.push(UnionVariant {
                name: namer.unique(&base),
                ty,
                tags: Vec::new(),
                boxed: false,
            });
        }
        // serde tries untagged variants in order: the most demanding first.
        let space = &self.space;
        out.sort_by_key(|v| std::cmp::Reverse(decode_priority(space, &v.ty)));
        let fallback = namer.unique("Other");
        TypeKind::Union(Union {
            tag: None,
            variants: out,
            fallback,
        })
    }

    fn variant_name(&self, union: &str, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Named(id) => {
                let full = &self.space.types[*id].name;
                strip_common_prefix(union, full)
            }
            TypeRef::String => "String".into(),
            TypeRef::Bool => "Bool".into(),
            TypeRef::Int(_) => "Integer".into(),
            TypeRef::Float(_) => "Number".into(),
            TypeRef::Any => "Any".into(),
            TypeRef::Object | TypeRef::Map(_) => "Object".into(),
            TypeRef::Binary => "File".into(),
            TypeRef::Array(inner) => format!("{}List", self.variant_name(union, inner)),
            TypeRef::Nullable(inner) => self.variant_name(union, inner),
        }
    }
}

/// How demanding a type is to decode (higher first in untagged unions).
fn decode_priority(space: &TypeSpace, ty: &TypeRef) -> usize {
    match space.resolve(ty) {
        TypeRef::Named(id) => match &space.types[*id].kind {
            TypeKind::Struct(s) => {
                1000 + s.fields.iter().filter(|f| f.required).count() * 10 + s.fields.len().min(9)
            }
            TypeKind::Union(u) if u.tag.is_some() => 900,
            TypeKind::Union(_) => 100,
            TypeKind::Enum(_) => 300,
            TypeKind::Alias(_) => 50,
        },
        TypeRef::Array(_) => 500,
        TypeRef::Int(_) => 420,
        TypeRef::Float(_) => 410,
        TypeRef::Bool => 400,
        TypeRef::String | TypeRef::Binary => 350,
        TypeRef::Map(_) | TypeRef::Object => 200,
        TypeRef::Nullable(_) | TypeRef::Any => 0,
    }
}

/// `ChatCompletionRequestMessage` + `ChatCompletionRequestUserMessage` ->
/// `UserMessage`: drops the words the variant shares with the union.
fn strip_common_prefix(union: &str, variant: &str) -> String {
    let words = |s: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in s.chars() {
            if c.is_ascii_uppercase() || out.is_empty() {
                out.push(c.to_string());
            } else if let Some(last) = out.last_mut() {
                last.push(c);
            }
        }
        out
    };
    let u = words(union);
    let v = words(variant);
    let common = u.iter().zip(&v).take_while(|(a, b)| a == b).count();
    let rest: String = v[common..].concat();
    if rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()) {
        variant.to_owned()
    } else {
        rest
    }
}

fn make_enum(values: Vec<String>, default: Option<&str>, open: bool) -> StringEnum {
    let mut namer = Namer::new();
    let variants: Vec<EnumVariant> = values
        .into_iter()
        .map(|wire| EnumVariant {
            name: namer.unique(&type_name(&wire, "Empty")),
            wire,
        })
        .collect();
    // The catch-all variant is named `Other`; keep known values off it.
    let mut variants = variants;
    for v in &mut variants {
        if v.name == "Other" {
            v.name = namer.unique("OtherValue");
        }
    }
    let default = match default {
        Some(d) => variants.iter().position(|v| v.wire == d),
        None if variants.len() == 1 && !open => Some(0),
        None => None,
    };
    StringEnum {
        variants,
        default,
        open,
    }
}

fn strip_nullable(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Nullable(inner) => *inner,
        other => other,
    }
}

/// Keys that describe a value without giving it a type.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "nullable",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
    "x-stainless-const",
    "x-oaiMeta",
    "x-oaiTypeLabel",
    "x-oaiExpandable",
    "discriminator",
];

/// Keys that only constrain a value of an already known type.
const CONSTRAINTS: &[&str] = &[
    "required",
    "not",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "format",
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "uniqueItems",
];

/// A schema with only annotations (`{nullable: true}`, `{description}`).
fn is_annotation_only(s: &Value) -> bool {
    s.as_object()
        .is_some_and(|m| m.keys().all(|k| ANNOTATIONS.contains(&k.as_str())))
}

/// The property sets of `anyOf`/`oneOf: [{required: [a]}, {required: [b]}]`
/// (members with only `required` and annotations); empty otherwise.
pub fn required_alternatives(s: &Value) -> Vec<Vec<&str>> {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = s.get(key) else {
            continue;
        };
        let sets: Option<Vec<Vec<&str>>> = members
            .iter()
            .map(|m| {
                let names: Vec<&str> = m
                    .get("required")?
                    .as_array()?
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                (is_constraint_only(m) && !names.is_empty()).then_some(names)
            })
            .collect();
        if let Some(sets) = sets.filter(|s| !s.is_empty()) {
            return sets;
        }
    }
    Vec::new()
}

/// A schema with only constraints and annotations (`{required: [a]}`).
fn is_constraint_only(s: &Value) -> bool {
    s.as_object().is_some_and(|m| {
        !m.is_empty()
            && m.keys()
                .all(|k| ANNOTATIONS.contains(&k.as_str()) || CONSTRAINTS.contains(&k.as_str()))
    })
}

/// `{type: "null"}` (or `nullable` with nothing else).
fn is_null_type(s: &Value) -> bool {
    s.get("type") == Some(&Value::String("null".into()))
        || s.get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.len() == 1 && e[0].is_null())
}

/// Does the schema itself allow `null`?
pub fn is_nullable_schema(s: &Value) -> bool {
    if s.get("nullable") == Some(&Value::Bool(true)) {
        return true;
    }
    if let Some(Value::Array(types)) = s.get("type")
        && types.iter().any(|t| t == "null")
    {
        return true;
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = s.get(key)
            && members.iter().any(is_null_type)
        {
            return true;
        }
    }
    if let Some(Value::Array(members)) = s.get("allOf")
        && members
            .iter()
            .any(|m| is_annotation_only(m) && m.get("nullable") == Some(&Value::Bool(true)))
    {
        return true;
    }
    false
}

/// The description, else the title.
pub fn docs_of(s: &Value) -> Option<String> {
    s.get("description")
        .and_then(Value::as_str)
        .or_else(|| s.get("title").and_then(Value::as_str))
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}
