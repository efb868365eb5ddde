//! Links that the spec writes relative to its vendor's site
//! (`[guide](/docs/guides/x)`) made absolute with the config's `docs_url`,
//! so that they work on docs.rs and in editors.

use super::Model;

impl Model {
    /// Rewrites every `](/...)` link destination in the model's docs to
    /// start with `base` (no trailing slash).
    pub fn absolutize_doc_links(&mut self, base: &str) {
        let base = base.trim_end_matches('/');
        let fix = |docs: &mut Option<String>| {
            if let Some(text) = docs {
                absolutize(text, base);
            }
        };
        fix(&mut self.description);
        for def in self.types.defs_mut() {
            fix(&mut def.docs);
            if let super::TypeKind::Struct(s) = &mut def.kind {
                s.fields.iter_mut().for_each(|f| fix(&mut f.docs));
            }
        }
        for op in &mut self.operations {
            fix(&mut op.docs);
            op.path_params.iter_mut().for_each(|p| fix(&mut p.docs));
        }
        self.schemes.iter_mut().for_each(|s| fix(&mut s.docs));
    }
}

/// `](/path)` -> `](base/path)`, in place; other links (`#anchor`,
/// absolute and protocol-relative `//host` URLs) are left alone.
pub fn absolutize(text: &mut String, base: &str) {
    if !text.contains("](/") {
        return;
    }
    let mut out = String::with_capacity(text.len() + base.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("](/") {
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        if !rest.starts_with("//") {
            out.push_str(base);
        }
    }
    out.push_str(rest);
    *text = out;
}

#[cfg(test)]
mod tests {
    use super::absolutize;

    #[test]
    fn only_site_relative_links_change() {
        let mut text = "See [guide](/docs/guides/x), [a](#anchor), [b](https://x.test/y) \
                        and [c](//cdn.test/z)."
            .to_owned();
        absolutize(&mut text, "https://platform.openai.com");
        assert_eq!(
            text,
            "See [guide](https://platform.openai.com/docs/guides/x), [a](#anchor), \
             [b](https://x.test/y) and [c](//cdn.test/z)."
        );
    }
}
