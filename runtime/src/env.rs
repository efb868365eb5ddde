//! Where configuration is read from: the process environment, or a fixed map
//! injected by tests so that no test touches the real environment.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

type Lookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// A source of environment variables.
#[derive(Clone, Default)]
pub struct Environment {
    vars: Option<Arc<BTreeMap<String, String>>>,
    lookup: Option<Lookup>,
}

impl Environment {
    /// The real process environment (the default).
    pub fn process() -> Self {
        Self::default()
    }

    /// Variables answered by a function (tests that change a variable
    /// between requests).
    pub fn from_fn(lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        Self {
            vars: None,
            lookup: Some(Arc::new(lookup)),
        }
    }

    /// A fixed set of variables; the process environment is not consulted.
    pub fn from_map<K, V>(vars: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        Self {
            vars: Some(Arc::new(
                vars.into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            )),
            lookup: None,
        }
    }

    /// An empty environment.
    pub fn empty() -> Self {
        Self::from_map(std::iter::empty::<(String, String)>())
    }

    /// Reads a variable. Unset and non-UTF-8 values are `None`.
    pub fn var(&self, name: &str) -> Option<String> {
        match (&self.vars, &self.lookup) {
            (Some(map), _) => map.get(name).cloned(),
            (None, Some(lookup)) => lookup(name),
            (None, None) => std::env::var(name).ok(),
        }
    }

    /// Reads a variable, treating empty or whitespace-only values as unset.
    pub fn non_empty(&self, name: &str) -> Option<String> {
        self.var(name).filter(|v| !v.trim().is_empty())
    }
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values may be secrets: show only where they come from.
        match (&self.vars, &self.lookup) {
            (Some(map), _) => write!(f, "Environment::Map({} vars)", map.len()),
            (None, Some(_)) => f.write_str("Environment::Fn"),
            (None, None) => f.write_str("Environment::Process"),
        }
    }
}
