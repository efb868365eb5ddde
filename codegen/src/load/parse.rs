//! YAML and JSON text to a `serde_json::Value`, with positions in errors.
//!
//! YAML goes through `yaml-rust2`, which keeps integers outside the `i64`
//! range as reals (serde_yaml rejects the OpenAI spec because of them).

use serde_json::{Map, Number, Value};
use std::path::Path;
use yaml_rust2::{Yaml, YamlLoader};

use crate::error::Error;

/// Nesting deeper than this is refused (hostile inputs).
const MAX_DEPTH: usize = 256;

/// Parses `text` as JSON when it looks like JSON, otherwise as YAML.
pub fn parse(path: &Path, text: &str) -> Result<Value, Error> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        serde_json::from_str(trimmed).map_err(|e| Error::Syntax {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    } else {
        parse_yaml(path, trimmed)
    }
}

fn parse_yaml(path: &Path, text: &str) -> Result<Value, Error> {
    let syntax = |line: usize, column: usize, message: String| Error::Syntax {
        path: path.to_owned(),
        line,
        column,
        message,
    };
    // The YAML parser and the tree it builds recurse per level: refuse
    // absurd nesting before parsing, with the line where it happens.
    if let Some((line, depth)) = nesting_estimate(text).filter(|(_, d)| *d > MAX_DEPTH) {
        return Err(syntax(
            line,
            1,
            format!("nesting deeper than {MAX_DEPTH} levels (about {depth})"),
        ));
    }
    let docs = YamlLoader::load_from_str(text).map_err(|e| {
        let m = e.marker();
        syntax(m.line(), m.col() + 1, e.info().to_owned())
    })?;
    let doc = docs
        .into_iter()
        .next()
        .ok_or_else(|| syntax(1, 1, "the document is empty".into()))?;
    to_json(doc, 0).map_err(|m| syntax(1, 1, m))
}

/// An upper bound of the nesting depth of YAML text: per line, the
/// indentation plus the compact `- ` and `: ` indicators, plus the open flow
/// brackets. Returns the deepest line (1-based) and its estimate.
fn nesting_estimate(text: &str) -> Option<(usize, usize)> {
    let mut flow = 0usize;
    let mut deepest: Option<(usize, usize)> = None;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        let indicators = line.matches("- ").count() + line.matches(": ").count();
        let mut line_flow = flow;
        for c in line.chars() {
            match c {
                '[' | '{' => {
                    flow += 1;
                    line_flow = line_flow.max(flow);
                }
                ']' | '}' => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
        let depth = indent + indicators + line_flow;
        if deepest.is_none_or(|(_, d)| depth > d) {
            deepest = Some((i + 1, depth));
        }
    }
    deepest
}

fn to_json(yaml: Yaml, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(format!("nesting deeper than {MAX_DEPTH} levels"));
    }
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(b),
        Yaml::Integer(i) => Value::Number(i.into()),
        Yaml::Real(s) => {
            let f: f64 = parse_real(&s).ok_or_else(|| format!("invalid number `{s}`"))?;
            Number::from_f64(f).map_or(Value::Null, Value::Number)
        }
        Yaml::String(s) => Value::String(s),
        Yaml::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|y| to_json(y, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Hash(hash) => {
            let mut map = Map::with_capacity(hash.len());
            for (k, v) in hash {
                let key = match k {
                    Yaml::String(s) | Yaml::Real(s) => s,
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => b.to_string(),
                    Yaml::Null => "null".to_owned(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                map.insert(key, to_json(v, depth + 1)?);
            }
            Value::Object(map)
        }
        Yaml::Alias(_) => return Err("unresolved YAML alias".into()),
        Yaml::BadValue => return Err("invalid YAML value".into()),
    })
}

fn parse_real(s: &str) -> Option<f64> {
    match s.trim_start_matches('+') {
        ".inf" | ".Inf" | ".INF" => Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => Some(f64::NAN),
        other => other.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_big_integers_become_floats() {
        let v = parse(Path::new("t.yaml"), "a: -9223372036854776000\nb: 3\n").unwrap();
        assert!(v["a"].is_f64());
        assert_eq!(v["b"], 3);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = parse(Path::new("t.yaml"), "a: [1, 2\nb: c\n").unwrap_err();
        assert!(matches!(e, Error::Syntax { line, .. } if line >= 1), "{e}");
        let e = parse(Path::new("t.json"), "{\n  \"a\": ,\n}").unwrap_err();
        assert!(e.to_string().starts_with("t.json:2:"), "{e}");
    }
}
