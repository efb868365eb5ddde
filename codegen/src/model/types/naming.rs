//! Names of generated types. Component schemas keep their own names, which
//! are claimed before any inline type is named; an inline type is named by
//! a short rule from where it appears:
//! - a property's type: the parent's name and the property's
//!   (`CreateChatCompletionRequest` + `stop` -> `CreateChatCompletionRequestStop`);
//! - an array's items: the singular of the array's name
//!   (`...Tools` -> `...Tool`), or `...Item` when there is none or it is taken;
//! - a union member: the union's name and the member's title or tag value
//!   (`...Function`), else what the member is (`...Mode` for a set of
//!   strings, `...Object`, `...Item` for an array's items, `...Value`).
//!
//! A name that is taken gets a `Type` suffix before it gets a number.

use serde_json::Value;
use std::collections::BTreeSet;

use super::schema::{Shape, shape};
use crate::load::Schema;
use crate::model::names::{Namer, camel_words, type_name};

/// Hands out type names: component names first, inline names by the rule.
#[derive(Debug, Default)]
pub struct TypeNamer {
    names: Namer,
    /// Names of component schemas, kept for them even before they are named.
    components: BTreeSet<String>,
}

impl TypeNamer {
    /// A namer that keeps `components` (raw schema names) for the schemas
    /// and never gives out `reserved`.
    pub fn new<'a>(
        components: impl IntoIterator<Item = &'a str>,
        reserved: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut names = Namer::new();
        for name in reserved {
            names.reserve(name);
        }
        Self {
            names,
            components: components
                .into_iter()
                .map(|c| type_name(c, "Schema"))
                .collect(),
        }
    }

    /// The name of a component schema called `raw` in the document.
    pub fn component(&mut self, raw: &str) -> String {
        self.names.unique(&type_name(raw, "Schema"))
    }

    /// True when no type has `name` and no component schema will.
    pub fn is_free(&self, name: &str) -> bool {
        !self.names.is_taken(name) && !self.components.contains(name)
    }

    /// The name of an inline type whose context is `ctx`.
    pub fn inline(&mut self, ctx: &str) -> String {
        let base = type_name(ctx, "Schema");
        for candidate in [base.clone(), format!("{base}Type")] {
            if self.is_free(&candidate) {
                return self.names.unique(&candidate);
            }
        }
        let mut n = 2;
        loop {
            let candidate = format!("{base}{n}");
            if self.is_free(&candidate) {
                return self.names.unique(&candidate);
            }
            n += 1;
        }
    }

    /// The context of the items of an array whose context is `ctx`: the
    /// singular when it is a free name, else `{ctx}Item`.
    pub fn item(&self, ctx: &str) -> String {
        match singular(ctx) {
            Some(one) if self.is_free(&type_name(&one, "Schema")) => one,
            _ => format!("{ctx}Item"),
        }
    }
}

/// The context of a property's type.
pub fn property(parent: &str, wire: &str) -> String {
    format!("{parent}{}", camel_words(wire, "Field"))
}

/// The context of a union member: from its title, else its tag value, else
/// from what it is.
pub fn variant(union: &str, member: &Value, tag: Option<&str>) -> String {
    if let Some(title) = Schema::new(member).title() {
        return format!("{union}{}", camel_words(title, "Variant"));
    }
    if let Some(tag) = tag {
        return format!("{union}{}", camel_words(tag, "Variant"));
    }
    let what = match shape(member, "").0 {
        Shape::StringEnum(_) => "Mode",
        // An array member's items take the singular: `...Item`.
        Shape::Array(_) => "Items",
        Shape::Object | Shape::AllOf(_) => "Object",
        Shape::OneOf(_) => "Choice",
        Shape::Ref(_) | Shape::Primitive(_) | Shape::MultiType(_) => "Value",
    };
    format!("{union}{what}")
}

/// The singular of a plural `CamelCase` name (`Tools` -> `Tool`,
/// `Modalities` -> `Modality`, `Matches` -> `Match`); `None` when the last
/// word is not a plural.
pub fn singular(name: &str) -> Option<String> {
    let start = name
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_ascii_uppercase())
        .map_or(0, |(i, _)| i);
    let (head, word) = name.split_at(start);
    let lower = word.to_ascii_lowercase();
    let stem = if lower.len() > 3 && lower.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3])
    } else if ["sses", "uses", "xes", "ches", "shes"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        word[..word.len() - 2].to_owned()
    } else if lower.len() > 1
        && lower.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| lower.ends_with(end))
    {
        word[..word.len() - 1].to_owned()
    } else {
        return None;
    };
    Some(format!("{head}{stem}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn singulars() {
        assert_eq!(singular("RequestTools").as_deref(), Some("RequestTool"));
        assert_eq!(singular("Modalities").as_deref(), Some("Modality"));
        assert_eq!(singular("FileBatches").as_deref(), Some("FileBatch"));
        assert_eq!(singular("Statuses").as_deref(), Some("Status"));
        assert_eq!(singular("Choices").as_deref(), Some("Choice"));
        assert_eq!(singular("TopLogprobs").as_deref(), Some("TopLogprob"));
        assert_eq!(singular("Status"), None);
        assert_eq!(singular("Data"), None);
        assert_eq!(singular("Access"), None);
        assert_eq!(singular("s"), None);
    }

    #[test]
    fn components_keep_their_names_from_inline_types() {
        let mut n = TypeNamer::new(["Foo", "FooBar"], ["Client"]);
        // An inline `FooBar` met before the component gets another name.
        assert_eq!(n.inline(&property("Foo", "bar")), "FooBarType");
        assert_eq!(n.component("FooBar"), "FooBar");
        assert_eq!(n.component("Foo"), "Foo");
        assert_eq!(n.inline("Client"), "ClientType");
        assert_eq!(n.inline("Baz"), "Baz");
        assert_eq!(n.inline("Baz"), "BazType");
        assert_eq!(n.inline("Baz"), "Baz2");
        // Words after the first are not reserved words themselves.
        assert_eq!(property("Job", "error"), "JobError");
    }

    #[test]
    fn array_items_take_the_singular_when_it_is_free() {
        let mut n = TypeNamer::new(["RequestTool"], []);
        assert_eq!(n.item("ResponseChoices"), "ResponseChoice");
        assert_eq!(n.item("RequestTools"), "RequestToolsItem");
        assert_eq!(n.item("ResponseData"), "ResponseDataItem");
        n.inline("ResponseChoice");
        assert_eq!(n.item("ResponseChoices"), "ResponseChoicesItem");
    }

    #[test]
    fn union_members_are_named_by_title_tag_or_what_they_are() {
        let titled = json!({"title": "Named tool", "type": "object"});
        assert_eq!(variant("Choice", &titled, Some("x")), "ChoiceNamedTool");
        let object = json!({"type": "object", "properties": {"a": {}}});
        assert_eq!(
            variant("Choice", &object, Some("function")),
            "ChoiceFunction"
        );
        assert_eq!(variant("Choice", &object, None), "ChoiceObject");
        let modes = json!({"type": "string", "enum": ["none", "auto"]});
        assert_eq!(variant("Choice", &modes, None), "ChoiceMode");
        let list = json!({"type": "array", "items": {}});
        assert_eq!(
            singular(&variant("Input", &list, None)).as_deref(),
            Some("InputItem")
        );
        assert_eq!(
            variant("Choice", &json!({"type": "integer"}), None),
            "ChoiceValue"
        );
    }
}
