//! A string that matches a schema's `pattern`, for the samples that
//! conformance tests send: the regular expression is parsed with
//! `regex-syntax`, and the shortest plain match is built from it (each
//! repetition its least count, at least once; the first alternative; a
//! readable character of each class). Deterministic, so generated tests
//! stay byte-identical.

use regex_syntax::hir::{Class, Hir, HirKind};

/// A string `pattern` matches, or `None` when the pattern does not parse
/// (the caller then falls back to its other rules).
pub fn matching(pattern: &str) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(true)
        .build()
        .parse(pattern)
        .ok()?;
    let mut out = String::new();
    write(&hir, &mut out, 0)?;
    Some(out)
}

fn write(hir: &Hir, out: &mut String, depth: usize) -> Option<()> {
    if depth > 64 || out.len() > 4096 {
        return None;
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(std::str::from_utf8(&literal.0).ok()?),
        HirKind::Class(class) => out.push(pick(class)?),
        HirKind::Repetition(rep) => {
            let count = match rep.max {
                Some(0) => 0,
                _ => rep.min.max(1),
            };
            for _ in 0..count {
                write(&rep.sub, out, depth + 1)?;
            }
        }
        HirKind::Capture(capture) => write(&capture.sub, out, depth + 1)?,
        HirKind::Concat(parts) => {
            for part in parts {
                write(part, out, depth + 1)?;
            }
        }
        HirKind::Alternation(branches) => write(branches.first()?, out, depth + 1)?,
    }
    Some(())
}

/// A character of `class`: a letter or digit if it has one, else a
/// printable ASCII character, else its first.
fn pick(class: &Class) -> Option<char> {
    let ranges: Vec<(char, char)> = match class {
        Class::Unicode(c) => c.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        Class::Bytes(c) => c
            .ranges()
            .iter()
            .map(|r| (char::from(r.start()), char::from(r.end())))
            .collect(),
    };
    let within = |wanted: &dyn Fn(char) -> bool| {
        ranges
            .iter()
            .find_map(|&(start, end)| (start..=end.min('\u{7f}')).find(|&c| wanted(c)))
    };
    within(&|c| c.is_ascii_alphanumeric())
        .or_else(|| within(&|c| c.is_ascii_graphic()))
        .or_else(|| ranges.first().map(|r| r.0))
}

#[cfg(test)]
mod tests {
    use super::matching;

    #[test]
    fn samples_match_their_patterns() {
        for (pattern, sample) in [
            ("^MG[0-9a-fA-F]{32}$", "MG00000000000000000000000000000000"),
            ("^[A-Z]{3}-[0-9]{4}$", "AAA-0000"),
            ("^#[0-9a-f]{6}$", "#000000"),
            (r"^\d+(\.\d+)?$", "0.0"),
            ("^(cat|dog)s?$", "cats"),
            ("^[^/]+$", "0"),
            (r"^\w{2,5}@\w+\.com$", "00@0.com"),
            ("^(?:ab)*c{0}$", "ab"),
        ] {
            assert_eq!(matching(pattern).as_deref(), Some(sample), "{pattern}");
        }
        assert_eq!(matching("(unclosed"), None);
    }
}
