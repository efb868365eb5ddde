//! Documents split over several files: every relative `$ref` to another
//! YAML or JSON file (`schemas/pet.yaml#/Pet`, `common.json`) is resolved
//! against the file that contains it, the file is read once (cycles between
//! files included), placed under `/x-bundled/<file stem>` of the root
//! document, and the reference rewritten to point there. The rest of the
//! generator then sees one document.
//!
//! Only references the generator follows are touched: vendor extensions,
//! descriptions, summaries and examples are left as written, so a `$ref` to
//! a Markdown file there is never read and never an error. Remote
//! (`http://`, `https://`) references are refused.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::document::escape;
use crate::error::Error;

/// Where bundled files are placed in the root document.
pub const BUNDLED: &str = "x-bundled";

/// How much a multi-file document may read: sized for real documents
/// (DigitalOcean's public spec is about 2,900 files), bounded against
/// hostile ones, and set by the user (`[limits]` of the config, or
/// `--max-files` and `--max-bytes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Files read in all, the root included.
    pub max_files: usize,
    /// Bytes read in all, the root included.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_files: 20_000,
            max_bytes: 512 << 20,
        }
    }
}

/// Keys whose values are maps of names (a property called `description`
/// is a schema, not prose).
pub const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
    "paths",
    "webhooks",
    "content",
    "encoding",
];

/// True for keys whose values the generator never reads references in.
pub fn is_prose_or_extension(key: &str) -> bool {
    key.starts_with("x-") || matches!(key, "description" | "summary" | "example" | "examples")
}

struct File {
    path: PathBuf,
    key: String,
    value: Value,
}

/// Resolves the external references of `root`, read from `path` (whose
/// text was `root_bytes` long), within `limits`.
pub fn bundle(path: &Path, root: Value, root_bytes: u64, limits: &Limits) -> Result<Value, Error> {
    let root_path = canonical(path).unwrap_or_else(|| path.to_owned());
    let mut files = vec![File {
        path: root_path,
        key: String::new(),
        value: root,
    }];
    let mut index: BTreeMap<PathBuf, usize> = BTreeMap::new();
    index.insert(files[0].path.clone(), 0);
    let mut keys = Keys::default();
    let mut read = root_bytes;
    let mut next = 0;
    while next < files.len() {
        let mut value = std::mem::take(&mut files[next].value);
        let mut ctx = Context {
            files: &mut files,
            index: &mut index,
            current: next,
            keys: &mut keys,
            read: &mut read,
            limits,
        };
        ctx.walk(&mut value, &mut String::new(), false, 0)?;
        files[next].value = value;
        next += 1;
    }
    let mut iter = files.into_iter();
    let mut root = iter.next().map(|f| f.value).unwrap_or(Value::Null);
    let bundled: Map<String, Value> = iter.map(|f| (f.key, f.value)).collect();
    if !bundled.is_empty()
        && let Some(map) = root.as_object_mut()
    {
        map.insert(BUNDLED.to_owned(), Value::Object(bundled));
        inline_path_items(&mut root);
    }
    Ok(root)
}

/// Path items that were references to another file are copied in place
/// (their own references are already local): tools that do not follow a
/// `$ref` on a path item, such as some mock servers, then see them.
fn inline_path_items(root: &mut Value) {
    let prefix = format!("#/{BUNDLED}/");
    let targets: Vec<(String, Value)> = match root.get("paths") {
        Some(Value::Object(paths)) => paths
            .iter()
            .filter_map(|(path, item)| {
                let r = item.get("$ref")?.as_str()?.strip_prefix('#')?;
                if item.as_object()?.len() != 1 || !item["$ref"].as_str()?.starts_with(&prefix) {
                    return None;
                }
                Some((
                    path.clone(),
                    root.pointer(&super::document::percent_decode(r))?.clone(),
                ))
            })
            .collect(),
        _ => Vec::new(),
    };
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in targets {
            paths.insert(path, item);
        }
    }
}

fn canonical(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
}

struct Context<'a> {
    files: &'a mut Vec<File>,
    index: &'a mut BTreeMap<PathBuf, usize>,
    current: usize,
    keys: &'a mut Keys,
    read: &'a mut u64,
    limits: &'a Limits,
}

/// The keys files are placed under: unique, each found in constant time
/// however many files share a name (`examples.yml` in every folder).
#[derive(Default)]
struct Keys {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Keys {
    fn claim(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let key = format!("{base}_{n}");
            *n += 1;
            if self.taken.insert(key.clone()) {
                return key;
            }
        }
    }
}

impl Context<'_> {
    fn error(&self, at: &str, message: String) -> Error {
        Error::Reference {
            file: self.files[self.current].path.clone(),
            pointer: at.to_owned(),
            message,
        }
    }

    fn walk(
        &mut self,
        value: &mut Value,
        at: &mut String,
        names: bool,
        depth: usize,
    ) -> Result<(), Error> {
        if depth > 256 {
            return Err(self.error(at, "nesting is too deep".into()));
        }
        match value {
            Value::Object(map) => {
                if !names && let Some(Value::String(r)) = map.get_mut("$ref") {
                    let rewritten = self.rewrite(r, at)?;
                    *r = rewritten;
                }
                for (k, v) in map.iter_mut() {
                    if k == "$ref" || (!names && is_prose_or_extension(k)) {
                        continue;
                    }
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape(k));
                    let child_names = !names && NAME_MAPS.contains(&k.as_str());
                    self.walk(v, at, child_names, depth + 1)?;
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter_mut().enumerate() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&i.to_string());
                    self.walk(v, at, false, depth + 1)?;
                    at.truncate(len);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The local reference that replaces `r`.
    fn rewrite(&mut self, r: &str, at: &str) -> Result<String, Error> {
        let (file, fragment) = match r.split_once('#') {
            Some((file, fragment)) => (file, fragment),
            None => (r, ""),
        };
        if file.is_empty() {
            // Local to the file that contains it.
            return Ok(self.local(self.current, fragment));
        }
        if file.contains("://") || file.starts_with("//") {
            return Err(self.error(
                at,
                format!("remote reference `{r}` is not supported; download the file and reference it by a relative path"),
            ));
        }
        let base = self.files[self.current]
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let target = base.join(super::document::percent_decode(file));
        let Some(path) = canonical(&target).filter(|p| p.is_file()) else {
            return Err(self.error(
                at,
                format!("reference `{r}`: file {} not found", target.display()),
            ));
        };
        let id = match self.index.get(&path) {
            Some(id) => *id,
            None => self.load(path, r, at)?,
        };
        Ok(self.local(id, fragment))
    }

    fn local(&self, file: usize, fragment: &str) -> String {
        if file == 0 {
            format!("#{fragment}")
        } else {
            format!("#/{BUNDLED}/{}{fragment}", self.files[file].key)
        }
    }

    fn load(&mut self, path: PathBuf, r: &str, at: &str) -> Result<usize, Error> {
        let limits = *self.limits;
        if self.files.len() >= limits.max_files {
            return Err(self.error(
                at,
                format!(
                    "reference `{r}`: more than {} files (raise `[limits] max_files` or `--max-files`)",
                    limits.max_files
                ),
            ));
        }
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if *self.read + size > limits.max_bytes {
            return Err(self.error(
                at,
                format!(
                    "reference `{r}`: the files come to more than {} bytes (raise `[limits] max_bytes` or `--max-bytes`)",
                    limits.max_bytes
                ),
            ));
        }
        *self.read += size;
        let text = std::fs::read_to_string(&path).map_err(|e| {
            self.error(
                at,
                format!("reference `{r}`: cannot read {}: {e}", path.display()),
            )
        })?;
        let value = super::parse(&path, &text)?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut base: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if base.is_empty() {
            base = "file".into();
        }
        let key = self.keys.claim(base);
        let id = self.files.len();
        self.files.push(File {
            path: path.clone(),
            key,
            value,
        });
        self.index.insert(path, id);
        Ok(id)
    }
}
