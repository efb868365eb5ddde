//! [`Extra`]: the properties of an object beyond the ones its type
//! declares. Every generated struct has one. Received objects keep there
//! what the server sent that the spec does not describe (a provider's own
//! fields, a value of another shape than declared), and they are sent back
//! unchanged; a request can carry fields the types do not have yet, at any
//! depth.

use serde::de::DeserializeOwned;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// Properties beyond the declared ones, by name, in the order they came.
///
/// ```
/// use sdk_runtime_types::Extra;
/// let mut extra = Extra::new();
/// extra.insert("reasoning_content", "Let me think.");
/// assert_eq!(extra.get("reasoning_content").and_then(|v| v.as_str()), Some("Let me think."));
/// assert_eq!(extra.get_as::<String>("reasoning_content").unwrap().unwrap(), "Let me think.");
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Extra(Option<Box<Map<String, Value>>>);

impl Extra {
    /// No properties (allocates nothing).
    pub const fn new() -> Self {
        Self(None)
    }

    /// Whether there are none.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|m| m.is_empty())
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |m| m.len())
    }

    /// The value of the property `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.as_ref()?.get(name)
    }

    /// The value of the property `name`, decoded as `T`.
    pub fn get_as<T: DeserializeOwned>(&self, name: &str) -> Option<Result<T, serde_json::Error>> {
        self.get(name).map(T::deserialize)
    }

    /// Whether the property `name` is here.
    #[inline]
    pub fn contains_key(&self, name: &str) -> bool {
        self.0.as_ref().is_some_and(|m| m.contains_key(name))
    }

    /// Sets the property `name`, returning its previous value.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        self.0
            .get_or_insert_with(Default::default)
            .insert(name.into(), value.into())
    }

    /// Removes the property `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.0.as_mut()?.remove(name)
    }

    /// The properties, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().flat_map(|m| m.iter())
    }

    /// The properties as a JSON map (`None` when there are none).
    pub fn as_map(&self) -> Option<&Map<String, Value>> {
        self.0.as_deref()
    }

    /// The properties as a JSON map.
    pub fn into_map(self) -> Map<String, Value> {
        self.0.map(|m| *m).unwrap_or_default()
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl From<Map<String, Value>> for Extra {
    fn from(map: Map<String, Value>) -> Self {
        if map.is_empty() {
            Self(None)
        } else {
            Self(Some(Box::new(map)))
        }
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for Extra {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let map: Map<String, Value> = iter
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        map.into()
    }
}

/// Serializes as a JSON object of its properties (on its own; inside a
/// generated struct the properties sit beside the declared ones).
impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> serde::Deserialize<'de> for Extra {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::deserialize(deserializer).map(Self::from)
    }
}
