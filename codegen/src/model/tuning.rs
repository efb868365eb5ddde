//! The config's settings of single types (`[types]`): new names (the old
//! one kept as an alias), replacement by an existing Rust type, extra
//! derives and attributes, and free-standing schemas left out. Entries that
//! name nothing, or that would clash, are errors that name the entry.

use std::collections::BTreeSet;

pub use super::types::Tuning;
use super::{Model, TypeId, names};
use crate::error::Error;
use crate::settings::TypesConfig;

impl Model {
    /// Applies `[types]`.
    pub fn tune_types(&mut self, config: &TypesConfig) -> Result<(), Error> {
        for (key, new) in &config.rename {
            let id = self.type_for(key, "types.rename")?;
            if names::type_name(new, "X") != *new {
                return Err(Error::Usage(format!(
                    "types.rename.{key}: `{new}` is not an UpperCamelCase type name"
                )));
            }
            if let Some(other) = self.types.by_name(new) {
                return Err(Error::Usage(format!(
                    "types.rename.{key}: `{new}` is already the name of `{}`",
                    self.types[other].pointer
                )));
            }
            if (self.types.iter()).any(|(_, t)| t.facts.tuning.aliases.contains(new)) {
                return Err(Error::Usage(format!(
                    "types.rename.{key}: `{new}` is already the alias of a renamed type"
                )));
            }
            let old = std::mem::replace(&mut self.types[id].name, new.clone());
            self.types[id].facts.tuning.aliases.push(old);
        }
        for (key, path) in &config.replace {
            let id = self.type_for(key, "types.replace")?;
            if syn::parse_str::<syn::Path>(path).is_err() {
                return Err(Error::Usage(format!(
                    "types.replace.{key}: `{path}` is not a Rust type path"
                )));
            }
            if let Some(reason) = self.needs_own_definition(id) {
                return Err(Error::Usage(format!(
                    "types.replace.{key}: the type cannot be replaced: {reason}"
                )));
            }
            self.types[id].facts.tuning.replace = Some(path.clone());
        }
        for (key, patch) in &config.patch {
            let id = self.type_for(key, "types.patch")?;
            for derive in &patch.derives {
                if syn::parse_str::<syn::Path>(derive).is_err() {
                    return Err(Error::Usage(format!(
                        "types.patch.{key}: `{derive}` is not a derive"
                    )));
                }
            }
            for attribute in &patch.attributes {
                let parsed = syn::parse_str::<syn::ItemStruct>(&format!("{attribute} struct X;"));
                if parsed.map_or(true, |item| item.attrs.len() != 1) {
                    return Err(Error::Usage(format!(
                        "types.patch.{key}: `{attribute}` is not one outer attribute"
                    )));
                }
            }
            let tuning = &mut self.types[id].facts.tuning;
            tuning.derives.extend(patch.derives.iter().cloned());
            tuning.attributes.extend(patch.attributes.iter().cloned());
        }
        let skipped: BTreeSet<TypeId> = config
            .skip
            .iter()
            .map(|key| self.type_for(key, "types.skip"))
            .collect::<Result<_, _>>()?;
        for (&id, key) in skipped.iter().zip(&config.skip) {
            if let Some(user) = self.user_of(id, &skipped) {
                return Err(Error::Usage(format!(
                    "types.skip: `{key}` is used by {user}"
                )));
            }
            self.types[id].facts.tuning.skip = true;
        }
        Ok(())
    }

    /// The type a config key names: a schema name or a JSON pointer.
    pub(super) fn type_for(&self, key: &str, table: &str) -> Result<TypeId, Error> {
        self.types.by_key(key).ok_or_else(|| {
            let pointer = super::TypeSpace::key_pointer(key);
            Error::Usage(format!(
                "{table}.{key}: the document has no schema there (`{pointer}`)"
            ))
        })
    }

    /// Why a type must keep its generated definition, if it must: its
    /// generated impls (a multipart body, a page, a union's tag) need it.
    fn needs_own_definition(&self, id: TypeId) -> Option<String> {
        if self.operations.iter().any(|op| {
            op.pagination.as_ref().is_some_and(|p| p.page == id)
                || op.body.as_ref().is_some_and(|b| {
                    b.kind == super::operations::BodyKind::Multipart
                        && b.ty == super::TypeRef::Named(id)
                })
        }) {
            return Some("it is a page or a multipart body, whose methods are generated".into());
        }
        None
    }

    /// Who uses type `id` (another type or an operation), skipped types
    /// aside.
    fn user_of(&self, id: TypeId, skipped: &BTreeSet<TypeId>) -> Option<String> {
        for other in self.types.ids() {
            if other == id || skipped.contains(&other) {
                continue;
            }
            let mut mentioned = Vec::new();
            self.mentions(other, &mut mentioned);
            if mentioned.contains(&id) {
                return Some(format!("`{}`", self.types[other].name));
            }
        }
        self.operations
            .iter()
            .find(|op| op.roots.contains(&super::TypeRef::Named(id)))
            .map(|op| format!("the operation `{}`", op.id))
            .or_else(|| {
                self.sockets
                    .iter()
                    .any(|s| s.client_event == id || s.server_event == id)
                    .then(|| "a WebSocket".to_owned())
            })
            .or_else(|| {
                self.webhooks
                    .iter()
                    .any(|w| w.ty == super::TypeRef::Named(id))
                    .then(|| "a webhook".to_owned())
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::load::Document;
    use crate::model::Model;
    use crate::settings::{TypePatch, TypesConfig};
    use serde_json::json;

    fn model() -> Model {
        let doc = Document::new(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/pets": {"get": {"operationId": "getPet", "responses": {"200": {"content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}},
            "components": {"schemas": {
                "Pet": {"type": "object", "properties": {"tag": {"$ref": "#/components/schemas/Tag"}}},
                "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Unused": {"type": "object", "properties": {"x": {"type": "string"}}}}}
        }))
        .expect("document");
        Model::build(&doc)
    }

    fn error(config: TypesConfig) -> String {
        model()
            .tune_types(&config)
            .expect_err("refused")
            .to_string()
    }

    #[test]
    fn the_four_tables_apply() {
        let mut m = model();
        let mut config = TypesConfig::default();
        config.rename.insert("Pet".into(), "Animal".into());
        config.replace.insert("Tag".into(), "String".into());
        config.patch.insert(
            "/components/schemas/Pet".into(),
            TypePatch {
                derives: vec!["Eq".into()],
                attributes: vec!["#[doc(alias = \"P\")]".into()],
                ..TypePatch::default()
            },
        );
        config.skip.push("Unused".into());
        m.tune_types(&config).expect("applies");
        let id = m.types.by_pointer["/components/schemas/Pet"];
        assert_eq!(m.types[id].name, "Animal");
        assert_eq!(m.types[id].facts.tuning.aliases, ["Pet"]);
        assert_eq!(m.types[id].facts.tuning.derives, ["Eq"]);
        let tag = m.types.by_pointer["/components/schemas/Tag"];
        assert_eq!(m.types[tag].facts.tuning.replace.as_deref(), Some("String"));
        assert!(
            m.types[m.types.by_pointer["/components/schemas/Unused"]]
                .facts
                .tuning
                .skip
        );
    }

    #[test]
    fn entries_that_name_nothing_or_clash_are_errors_naming_the_entry() {
        let mut c = TypesConfig::default();
        c.rename.insert("Nope".into(), "X".into());
        assert!(error(c).contains("types.rename.Nope: the document has no schema there"));
        let mut c = TypesConfig::default();
        c.rename.insert("Pet".into(), "Tag".into());
        assert!(error(c).contains("types.rename.Pet: `Tag` is already the name of"));
        let mut c = TypesConfig::default();
        c.rename.insert("Pet".into(), "not_camel".into());
        assert!(error(c).contains("is not an UpperCamelCase type name"));
        let mut c = TypesConfig::default();
        c.replace.insert("Pet".into(), "not a path".into());
        assert!(error(c).contains("is not a Rust type path"));
        let mut c = TypesConfig::default();
        c.patch.insert(
            "Pet".into(),
            TypePatch {
                derives: vec![],
                attributes: vec!["#[a] #[b]".into()],
                ..TypePatch::default()
            },
        );
        assert!(error(c).contains("is not one outer attribute"));
        // The conveniences' entries name what they cannot find.
        let mut c = TypesConfig::default();
        c.patch.insert(
            "Pet".into(),
            TypePatch {
                new: Some(vec!["nope".into()]),
                ..TypePatch::default()
            },
        );
        let err = model()
            .plan_conveniences(&c)
            .expect_err("refused")
            .to_string();
        assert!(
            err.contains("types.patch.Pet.new: `Pet` has no property `nope`"),
            "{err}"
        );
        let mut c = TypesConfig::default();
        c.patch.insert(
            "Pet".into(),
            TypePatch {
                from_str: Some("x".into()),
                ..TypePatch::default()
            },
        );
        let err = model()
            .plan_conveniences(&c)
            .expect_err("refused")
            .to_string();
        assert!(err.contains("`Pet` is not a union"), "{err}");
        let mut c = TypesConfig::default();
        c.convert.push(crate::settings::ConvertConfig {
            from: "Pet".into(),
            to: "Nope".into(),
        });
        let err = model()
            .plan_conveniences(&c)
            .expect_err("refused")
            .to_string();
        assert!(err.contains("types.convert.Nope"), "{err}");
        let mut c = TypesConfig::default();
        c.skip.push("Tag".into());
        assert!(error(c).contains("types.skip: `Tag` is used by `Pet`"));
    }
}
