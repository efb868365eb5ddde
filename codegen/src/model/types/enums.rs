//! String enums: a named enum per schema, inline enums shared by their
//! values, one type per constant (`AutoLiteral`), and a catch-all `Other`
//! kept free for unknown values.

use serde_json::Value;

use super::convert::Builder;
use super::{EnumVariant, StringEnum, TypeKind, TypeRef};
use crate::load::Schema;
use crate::model::names::{Namer, type_name};

impl Builder<'_> {
    /// An enum used in place: shared with every other place that lists
    /// the same values and default.
    pub(super) fn inline_enum(
        &mut self,
        s: &Value,
        pointer: &str,
        ctx: &str,
        values: Vec<String>,
    ) -> TypeRef {
        if let Some(id) = self.space.by_pointer.get(pointer) {
            return TypeRef::Named(*id);
        }
        // A single value is its own default: one type per constant, whether
        // or not a schema spells the default out.
        let default = if values.len() == 1 {
            Some(values[0].clone())
        } else {
            (Schema::new(s).default())
                .and_then(Value::as_str)
                .map(str::to_owned)
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
        let name = self.names.inline(&base);
        let id = self.push(pointer, name, s);
        if values.len() == 1 {
            // Shared by every place that uses the same constant.
            self.space[id].docs = Some(format!("The constant `{}`.", values[0]));
        }
        self.space[id].kind = TypeKind::Enum(make_enum(values, default.as_deref(), false));
        self.enums.insert(key, id);
        TypeRef::Named(id)
    }
}

pub(super) fn make_enum(values: Vec<String>, default: Option<&str>, open: bool) -> StringEnum {
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

#[cfg(test)]
mod tests {
    use super::make_enum;
    use crate::model::types::TypeKind;
    use crate::model::types::tests::space_of;
    use serde_json::json;

    #[test]
    fn variants_keep_other_free_for_unknown_values() {
        let e = make_enum(vec!["other".into(), "a-b".into()], Some("a-b"), true);
        let names: Vec<_> = e.variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["OtherValue", "AB"]);
        assert_eq!(e.default, Some(1));
        // A closed single value is a constant with itself as the default.
        let c = make_enum(vec!["auto".into()], None, false);
        assert!(c.is_literal());
        assert_eq!(c.default, Some(0));
    }

    #[test]
    fn one_type_per_constant_and_per_value_set() {
        let space = space_of(json!({
            "A": {"type": "object", "properties": {
                "type": {"type": "string", "enum": ["auto"]},
                "mode": {"type": "string", "enum": ["x", "y"]}}},
            "B": {"type": "object", "properties": {
                "type": {"const": "auto", "default": "auto"},
                "mode": {"type": "string", "enum": ["x", "y"]}}}
        }));
        assert_eq!(space.names(), ["A", "AutoLiteral", "AMode", "B"]);
        assert!(matches!(space.kind_named("AutoLiteral"), TypeKind::Enum(e) if e.is_literal()));
    }
}
