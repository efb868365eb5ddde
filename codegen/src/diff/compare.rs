//! Two surfaces compared: each difference is a [`Change`] that is breaking
//! (code that compiled against the old crate may not compile, or may read
//! different environment variables) or additive.
//!
//! The rules follow the generated code: structs are `#[non_exhaustive]`
//! and built through `new(required..)` and setters, so a new optional
//! field is additive while a new required one changes `new`; enums and
//! unions are exhaustive (with a catch-all variant), so a new value or
//! variant needs a new arm in an exhaustive `match`.

use std::collections::BTreeMap;

use super::surface::{FieldShape, Shape, Surface};

/// Whether a change can break code written against the old crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Existing code may stop compiling or behave differently.
    Breaking,
    /// Existing code keeps working.
    Additive,
}

/// What part of the crate a change is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    /// The client builder: credentials, header options, environment.
    Client,
    /// Methods.
    Methods,
    /// Types added or removed.
    Types,
    /// Struct fields.
    Fields,
    /// Enum values and union variants.
    Values,
}

impl Area {
    /// The heading of the area in a report.
    pub fn title(self) -> &'static str {
        match self {
            Self::Client => "Client builder and authentication",
            Self::Methods => "Methods",
            Self::Types => "Types",
            Self::Fields => "Fields",
            Self::Values => "Enum values and union variants",
        }
    }
}

/// One difference between the old and the new crate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Where it is.
    pub area: Area,
    /// Breaking or additive.
    pub impact: Impact,
    /// What changed, in a sentence (Markdown code spans for names).
    pub text: String,
}

/// Every difference from `old` to `new`, sorted by area, impact, text.
pub fn compare(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |area, impact, text: String| changes.push(Change { area, impact, text });
    use Impact::*;
    for (name, what) in &new.auth {
        match old.auth.get(name) {
            None => push(Area::Client, Additive, format!("`{name}` added: {what}")),
            Some(was) if was != what => push(
                Area::Client,
                Breaking,
                format!("`{name}` changed: {was} → {what}"),
            ),
            Some(_) => {}
        }
    }
    for (name, was) in old.auth.iter().filter(|(n, _)| !new.auth.contains_key(*n)) {
        push(Area::Client, Breaking, format!("`{name}` removed: {was}"));
    }
    for (name, what) in &new.headers {
        if !old.headers.contains_key(name) {
            push(Area::Client, Additive, format!("`{name}` added: {what}"));
        }
    }
    for name in old.headers.keys().filter(|n| !new.headers.contains_key(*n)) {
        push(Area::Client, Breaking, format!("`{name}` removed"));
    }

    for (id, method) in &new.methods {
        let Some(was) = old.methods.get(id) else {
            let text = format!("`{}` added (`{id}`)", method.call);
            push(Area::Methods, Additive, text);
            continue;
        };
        if was.call != method.call {
            let text = format!("`{}` renamed to `{}` (`{id}`)", was.call, method.call);
            push(Area::Methods, Breaking, text);
        }
        if was.signature != method.signature {
            let text = format!(
                "`{}` now takes `{}` (was `{}`)",
                method.call, method.signature, was.signature
            );
            push(Area::Methods, Breaking, text);
        }
        match (was.streams, method.streams) {
            (false, true) => push(
                Area::Methods,
                Additive,
                format!("`{}_stream` added", method.call),
            ),
            (true, false) => push(
                Area::Methods,
                Breaking,
                format!("`{}_stream` removed", was.call),
            ),
            _ => {}
        }
    }
    for (id, was) in old
        .methods
        .iter()
        .filter(|(id, _)| !new.methods.contains_key(*id))
    {
        push(
            Area::Methods,
            Breaking,
            format!("`{}` removed (`{id}`)", was.call),
        );
    }

    for (name, shape) in &new.types {
        let Some(was) = old.types.get(name) else {
            push(
                Area::Types,
                Additive,
                format!("`{name}` added ({})", shape.kind()),
            );
            continue;
        };
        compare_shapes(name, was, shape, &mut push);
    }
    for (name, was) in old
        .types
        .iter()
        .filter(|(n, _)| !new.types.contains_key(*n))
    {
        push(
            Area::Types,
            Breaking,
            format!("`{name}` removed ({})", was.kind()),
        );
    }
    changes.sort();
    changes
}

fn compare_shapes(
    name: &str,
    was: &Shape,
    shape: &Shape,
    push: &mut impl FnMut(Area, Impact, String),
) {
    use Impact::*;
    match (was, shape) {
        (Shape::Struct(old), Shape::Struct(new)) => compare_fields(name, old, new, push),
        (Shape::Enum(old, _), Shape::Enum(new, open)) => {
            for value in new.iter().filter(|v| !old.contains(v)) {
                push(
                    Area::Values,
                    Breaking,
                    format!("`{name}`: value `{value}` added"),
                );
            }
            for value in old.iter().filter(|v| !new.contains(v)) {
                let text = match open {
                    true => {
                        format!("`{name}`: value `{value}` removed (still accepted as `Other`)")
                    }
                    false => format!("`{name}`: value `{value}` removed"),
                };
                push(Area::Values, Breaking, text);
            }
        }
        (Shape::Union(old), Shape::Union(new)) => {
            for (variant, ty) in new {
                match old.get(variant) {
                    None => push(Area::Values, Breaking, format!("`{name}::{variant}` added")),
                    Some(was) if was != ty => push(
                        Area::Values,
                        Breaking,
                        format!("`{name}::{variant}` now holds `{ty}` (was `{was}`)"),
                    ),
                    Some(_) => {}
                }
            }
            for variant in old.keys().filter(|v| !new.contains_key(*v)) {
                push(
                    Area::Values,
                    Breaking,
                    format!("`{name}::{variant}` removed"),
                );
            }
        }
        (Shape::Alias(old), Shape::Alias(new)) if old != new => push(
            Area::Types,
            Breaking,
            format!("`{name}` is now `{new}` (was `{old}`)"),
        ),
        (Shape::Alias(_), Shape::Alias(_)) => {}
        _ => push(
            Area::Types,
            Breaking,
            format!("`{name}` is now a {} (was a {})", shape.kind(), was.kind()),
        ),
    }
}

fn compare_fields(
    name: &str,
    old: &BTreeMap<String, FieldShape>,
    new: &BTreeMap<String, FieldShape>,
    push: &mut impl FnMut(Area, Impact, String),
) {
    use Impact::*;
    for (field, shape) in new {
        let Some(was) = old.get(field) else {
            match shape.required {
                true => push(
                    Area::Fields,
                    Breaking,
                    format!(
                        "`{name}.{field}` added, required (`new` takes it): `{}`",
                        shape.ty
                    ),
                ),
                false => push(
                    Area::Fields,
                    Additive,
                    format!("`{name}.{field}` added: `{}`", shape.ty),
                ),
            }
            continue;
        };
        if was.ty != shape.ty {
            push(
                Area::Fields,
                Breaking,
                format!("`{name}.{field}` is now `{}` (was `{}`)", shape.ty, was.ty),
            );
        }
        match (was.required, shape.required) {
            (false, true) => push(
                Area::Fields,
                Breaking,
                format!("`{name}.{field}` made required"),
            ),
            (true, false) => push(
                Area::Fields,
                Breaking,
                format!("`{name}.{field}` made optional"),
            ),
            _ => {}
        }
    }
    for field in old.keys().filter(|f| !new.contains_key(*f)) {
        push(Area::Fields, Breaking, format!("`{name}.{field}` removed"));
    }
}
