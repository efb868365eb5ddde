//! The wire value a variant's name stands for when it has no `rename`: the
//! name in snake case (`InMemory` is `in_memory`). The generator writes a
//! `rename` wherever this rule does not give the value; it applies the same
//! rule (`codegen::model::names::implied_wire`), and both are tested on the
//! same cases.

/// `InMemory` -> `in_memory`: an underscore before every capital but the
/// first, then lower case.
pub fn implied(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn snake_case_of_the_name() {
        for (name, wire) in [
            ("InMemory", "in_memory"),
            ("Auto", "auto"),
            ("Gpt4o", "gpt4o"),
            ("JsonSchema", "json_schema"),
            ("V2", "v2"),
            ("HTTPServer", "h_t_t_p_server"),
        ] {
            assert_eq!(super::implied(name), wire);
        }
    }
}
