//! `ByIndex`: the state of each choice or tool call of a stream, kept in
//! the order of its `index`. A stream has a handful of them, so a sorted
//! `Vec` serves better than a `BTreeMap` (less to compile, no node
//! allocations).

/// Values kept by their `index` (a choice's, a tool call's), in index
/// order.
#[derive(Debug, Clone)]
pub(crate) struct ByIndex<V>(Vec<(i64, V)>);

impl<V> Default for ByIndex<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V> ByIndex<V> {
    /// The value at `index`, added with its default if it is not there.
    pub(crate) fn entry(&mut self, index: i64) -> &mut V
    where
        V: Default,
    {
        let at = match self.position(index) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (index, V::default()));
                at
            }
        };
        &mut self.0[at].1
    }

    /// The value at `index`.
    pub(crate) fn get(&self, index: i64) -> Option<&V> {
        let at = self.position(index).ok()?;
        Some(&self.0[at].1)
    }

    /// The value at `index`, to change.
    pub(crate) fn get_mut(&mut self, index: i64) -> Option<&mut V> {
        let at = self.position(index).ok()?;
        Some(&mut self.0[at].1)
    }

    /// Where `index` is (`Ok`) or belongs (`Err`).
    fn position(&self, index: i64) -> Result<usize, usize> {
        self.0.binary_search_by_key(&index, |(i, _)| *i)
    }

    /// Whether nothing was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The indexes and values, in index order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (i64, &V)> {
        self.0.iter().map(|(i, v)| (*i, v))
    }

    /// The indexes and values, in index order, to change.
    pub(crate) fn iter_mut(&mut self) -> impl Iterator<Item = (i64, &mut V)> {
        self.0.iter_mut().map(|(i, v)| (*i, v))
    }
}

#[cfg(test)]
mod tests {
    use super::ByIndex;

    #[test]
    fn values_stay_in_index_order_whatever_the_arrival_order() {
        let mut by = ByIndex::<String>::default();
        assert!(by.is_empty());
        by.entry(2).push('c');
        by.entry(0).push('a');
        by.entry(2).push('C');
        by.entry(1).push('b');
        assert_eq!(
            by.iter().collect::<Vec<_>>(),
            [
                (0, &"a".to_owned()),
                (1, &"b".to_owned()),
                (2, &"cC".to_owned())
            ]
        );
        assert_eq!(by.get(2).map(String::as_str), Some("cC"));
        assert_eq!(by.get(3), None);
        by.get_mut(1).unwrap().push('!');
        for (_, v) in by.iter_mut() {
            v.push('.');
        }
        assert_eq!(by.get(1).map(String::as_str), Some("b!."));
    }
}
