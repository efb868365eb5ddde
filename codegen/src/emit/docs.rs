//! Spec prose to rustdoc: fenced code becomes `text` (no accidental
//! doctests), indentation that would start a code block is removed, and
//! brackets, angle brackets and bare URLs are escaped so rustdoc reports no
//! broken links or HTML.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes for `text`, one per line.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    match text {
        Some(t) if !t.trim().is_empty() => lines_to_attrs(&escape(t), false),
        _ => TokenStream::new(),
    }
}

/// `#![doc = "..."]` attributes (module headers).
pub fn inner_doc_attrs(text: &str) -> TokenStream {
    lines_to_attrs(text, true)
}

fn lines_to_attrs(text: &str, inner: bool) -> TokenStream {
    let mut out = TokenStream::new();
    for line in text.lines() {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        if inner {
            out.extend(quote!(#![doc = #line]));
        } else {
            out.extend(quote!(#[doc = #line]));
        }
    }
    out
}

/// Escapes markdown for rustdoc.
pub fn escape(text: &str) -> String {
    let text = join_wrapped_links(text);
    let text = text.as_str();
    let mut out = String::with_capacity(text.len() + 16);
    let mut fence: Option<String> = None;
    // Continuation lines of a list item keep an indent so they stay in it.
    let mut list_indent: Option<usize> = None;
    for raw in text.trim().lines() {
        let trimmed = raw.trim_start();
        if trimmed.is_empty() {
            list_indent = None;
        }
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str()) {
                out.push_str(marker);
                fence = None;
            } else {
                out.push_str(raw.trim_end());
            }
            out.push('\n');
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let marker: String = trimmed
                .chars()
                .take_while(|c| *c == '`' || *c == '~')
                .collect();
            out.push_str(&marker);
            out.push_str("text\n");
            fence = Some(marker);
            continue;
        }
        let marker = list_marker(trimmed);
        if marker.is_none()
            && let Some(indent) = list_indent
            && !trimmed.is_empty()
        {
            out.push_str(&" ".repeat(indent));
        }
        if let Some(width) = marker {
            list_indent = Some(width);
        }
        out.push_str(&escape_inline(trimmed.trim_end()));
        out.push('\n');
    }
    if let Some(marker) = fence {
        out.push_str(&marker);
        out.push('\n');
    }
    out.trim_end().to_owned()
}

/// Joins onto one line the text of a link that the spec wrapped
/// (`[Structured Outputs\nguide](https://...)`), so that it is read as a
/// link rather than as two lines of literal brackets.
fn join_wrapped_links(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'[' {
            // The closing bracket, within a paragraph and a short distance.
            let end = bytes[i + 1..]
                .iter()
                .take(200)
                .position(|&b| b == b']' || b == b'[')
                .map(|p| i + 1 + p);
            if let Some(end) = end
                && bytes[end] == b']'
                && bytes.get(end + 1) == Some(&b'(')
                && !text[i..end].contains("\n\n")
                && !text[i..end].contains('`')
            {
                for b in &mut out[i..end] {
                    if *b == b'\n' {
                        *b = b' ';
                    }
                }
                i = end;
            }
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// The width of a list marker (`- `, `* `, `+ `, `12. `) starting `line`.
fn list_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")))
        .then_some(digits + 2)
}

fn escape_inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '`' => {
                // A code span: copy verbatim up to the matching run.
                let run = chars[i..].iter().take_while(|c| **c == '`').count();
                let close = (i + run..chars.len()).find(|&j| {
                    chars[j..].iter().take_while(|c| **c == '`').count() == run
                        && (j == 0 || chars[j - 1] != '`')
                });
                match close {
                    Some(j) => {
                        out.extend(&chars[i..j + run]);
                        i = j + run;
                    }
                    None => {
                        for _ in 0..run {
                            out.push_str("\\`");
                        }
                        i += run;
                    }
                }
            }
            '[' => {
                if let Some((len, text)) = inline_link(&chars[i..]) {
                    out.push_str(&text);
                    i += len;
                } else {
                    out.push_str("\\[");
                    i += 1;
                }
            }
            ']' => {
                out.push_str("\\]");
                i += 1;
            }
            '<' => {
                let rest: String = chars[i + 1..].iter().take(8).collect();
                if rest.starts_with("http://") || rest.starts_with("https://") {
                    let end = chars[i..].iter().position(|c| *c == '>');
                    if let Some(end) = end {
                        out.extend(&chars[i..i + end + 1]);
                        i += end + 1;
                        continue;
                    }
                }
                out.push_str("&lt;");
                i += 1;
            }
            '>' => {
                out.push_str("&gt;");
                i += 1;
            }
            '&' => {
                out.push_str("&amp;");
                i += 1;
            }
            'h' if starts_url(&chars[i..]) && (i == 0 || !chars[i - 1].is_alphanumeric()) => {
                let len = url_len(&chars[i..]);
                out.push('<');
                out.extend(&chars[i..i + len]);
                out.push('>');
                i += len;
            }
            '\\' => {
                out.push_str("\\\\");
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn starts_url(chars: &[char]) -> bool {
    let s: String = chars.iter().take(8).collect();
    s.starts_with("https://") || s.starts_with("http://")
}

fn url_len(chars: &[char]) -> usize {
    let mut len = chars
        .iter()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '<' | '>' | '"' | '`' | ')' | ']' | '['))
        .count();
    while len > 0 && matches!(chars[len - 1], '.' | ',' | ';' | ':' | '!' | '?' | '\'') {
        len -= 1;
    }
    len
}

/// `[text](url)` with a URL destination: kept, with the text escaped and
/// relative destinations left as written.
fn inline_link(chars: &[char]) -> Option<(usize, String)> {
    let close = chars.iter().position(|c| *c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let text: String = chars[1..close].iter().collect();
    if text.contains('[') || text.is_empty() {
        return None;
    }
    let dest_len = chars[close + 2..].iter().position(|c| *c == ')')?;
    let dest: String = chars[close + 2..close + 2 + dest_len].iter().collect();
    if dest.contains(char::is_whitespace) || dest.is_empty() {
        return None;
    }
    // Destinations that could parse as Rust paths would be resolved as
    // intra-doc links: only keep ones that are clearly URLs or paths.
    if !(dest.contains('/') || dest.contains('#') || dest.contains('.')) {
        return None;
    }
    let text = escape_inline(&text).replace('[', "\\[").replace(']', "\\]");
    Some((close + 3 + dest_len, format!("[{text}]({dest})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_prose() {
        assert_eq!(
            escape("See [the guide](/docs/guide) and [x]."),
            "See [the guide](/docs/guide) and \\[x\\]."
        );
        assert_eq!(escape("a <b> c & `<b>` d"), "a &lt;b&gt; c &amp; `<b>` d");
        assert_eq!(escape("go to https://x.io/a."), "go to <https://x.io/a>.");
        assert_eq!(escape("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(escape("    indented code"), "indented code");
        assert_eq!(escape("*/ end"), "*/ end");
        assert_eq!(escape("[link](Foo)"), "\\[link\\](Foo)");
        // A link whose text the spec wrapped stays a link.
        assert_eq!(
            escape("in the [Structured Outputs\nguide](https://x.io/g)."),
            "in the [Structured Outputs guide](https://x.io/g)."
        );
    }
}
