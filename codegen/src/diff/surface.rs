//! The public surface of a generated crate, read from its model: the
//! methods (by operationId, with their call path and signature), the types
//! (fields, enum values, union variants) and the client builder's
//! credentials. Two surfaces compare entry by entry (see `compare.rs`).

use std::collections::BTreeMap;

use crate::model::resource_names::accessor;

use crate::error::Error;
use crate::model::operations::Response;
use crate::model::security::SchemeKind;
use crate::model::{Model, TypeKind, TypeRef};
use crate::settings::Settings;

/// What users of one generated crate can name.
#[derive(Debug, Default)]
pub struct Surface {
    /// The methods, by operationId.
    pub methods: BTreeMap<String, Method>,
    /// The generated types, by Rust name.
    pub types: BTreeMap<String, Shape>,
    /// The builder's credential methods, by name: what each sets and
    /// which environment variables `from_env` reads for it.
    pub auth: BTreeMap<String, String>,
    /// The header options of the builder, by method name.
    pub headers: BTreeMap<String, String>,
}

/// One method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    /// How it is called: `client.chat().completions().create`.
    pub call: String,
    /// Its arguments and result, as Rust would write them.
    pub signature: String,
    /// It also has a `_stream` twin.
    pub streams: bool,
}

/// One type's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Fields by Rust name.
    Struct(BTreeMap<String, FieldShape>),
    /// Known values (wire) and whether any other string is allowed.
    Enum(Vec<String>, bool),
    /// Variants by Rust name, with their payload type.
    Union(BTreeMap<String, String>),
    /// Another name for a type.
    Alias(String),
}

impl Shape {
    /// What kind of type it is, in words.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Struct(_) => "struct",
            Self::Enum(..) => "enum",
            Self::Union(_) => "union enum",
            Self::Alias(_) => "type alias",
        }
    }
}

/// One struct field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldShape {
    /// Its type (`Option<..>` when the value may be `null`).
    pub ty: String,
    /// Listed in `required` (a constructor argument, not `Option`).
    pub required: bool,
}

/// The surface of `model` as generated with `settings`.
pub fn surface(model: &Model, settings: &Settings) -> Result<Surface, Error> {
    let mut out = Surface::default();
    let name = |ty: &TypeRef| type_name(model, ty);
    for op in &model.operations {
        let call = std::iter::once("client".to_owned())
            .chain(op.resource.iter().map(|r| format!("{}()", accessor(r))))
            .chain(std::iter::once(op.name.clone()))
            .collect::<Vec<_>>()
            .join(".");
        let mut args: Vec<String> = op
            .path_params
            .iter()
            .map(|p| format!("{}: {}", p.name, name(&p.ty)))
            .collect();
        if let Some((params, _)) = &op.params {
            let ty = model.types[*params].name.clone();
            args.push(match op.params_required {
                true => format!("params: {ty}"),
                false => format!("params: Option<{ty}>"),
            });
        }
        if let Some(body) = &op.body {
            args.push(format!("body: {}", name(&body.ty)));
        }
        let result = match &op.response {
            Response::Json(ty) => name(ty),
            Response::Bytes => "Bytes".to_owned(),
            Response::Unit => "()".to_owned(),
        };
        let signature = format!("({}) -> {result}", args.join(", "));
        let method = Method {
            call,
            signature,
            streams: op.stream.is_some(),
        };
        out.methods.insert(op.id.clone(), method);
    }
    for (_, def) in model.types.iter() {
        let tuning = &def.facts.tuning;
        if tuning.skip || tuning.replace.is_some() {
            continue;
        }
        let shape = match &def.kind {
            TypeKind::Struct(s) => Shape::Struct(
                s.fields
                    .iter()
                    .map(|f| {
                        let field = FieldShape {
                            ty: name(&f.ty),
                            required: f.required,
                        };
                        (f.name.clone(), field)
                    })
                    .collect(),
            ),
            TypeKind::Enum(e) => {
                Shape::Enum(e.variants.iter().map(|v| v.wire.clone()).collect(), e.open)
            }
            TypeKind::Union(u) => Shape::Union(
                u.variants
                    .iter()
                    .map(|v| (v.name.clone(), name(&v.ty)))
                    .collect(),
            ),
            TypeKind::Alias(ty) => Shape::Alias(name(ty)),
        };
        out.types.insert(def.name.clone(), shape);
    }
    for option in &model.client.auth {
        let what = match &option.scheme.kind {
            SchemeKind::Bearer => "a bearer token".to_owned(),
            SchemeKind::Basic => "a user name and password".to_owned(),
            SchemeKind::ApiKey { name, .. } => format!("an API key (`{name}`)"),
            SchemeKind::ClientCredentials { token_url, .. } => {
                format!("OAuth2 client credentials (token URL {token_url})")
            }
            SchemeKind::AccessToken { .. } => "an OAuth2 access token".to_owned(),
        };
        let env = option.env.join(", ");
        out.auth.insert(
            option.option.clone(),
            format!("{what} for `{}`, from {env}", option.scheme.name),
        );
    }
    for header in &settings.client.headers {
        let env = header.env.as_deref().unwrap_or("no variable");
        out.headers.insert(
            header.option.clone(),
            format!("the `{}` header, from {env}", header.header),
        );
    }
    Ok(out)
}

/// A type reference as Rust writes it.
fn type_name(model: &Model, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(id) => model.types[*id].name.clone(),
        TypeRef::String => "String".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::Int(t) | TypeRef::Float(t) => (*t).into(),
        TypeRef::Any => "Value".into(),
        TypeRef::Object => "Map<String, Value>".into(),
        TypeRef::Binary => "Bytes".into(),
        TypeRef::Array(inner) => format!("Vec<{}>", type_name(model, inner)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", type_name(model, inner)),
        TypeRef::Nullable(inner) => format!("Option<{}>", type_name(model, inner)),
    }
}
