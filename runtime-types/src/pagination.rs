//! What a page of a list response tells: its items, and how to ask for the
//! next page. The runtime walks pages with it (`auto_paginate`).

use serde::de::DeserializeOwned;

/// A page of a list response. Generated list types implement it for the
/// cursor style their operation uses:
/// `after` = the last item's id while `has_more`; `after` = `last_id`
/// while `has_more`; or a `next` cursor passed back as a query value.
pub trait Page: DeserializeOwned + Send + 'static {
    /// The item type.
    type Item: Send + 'static;
    /// The query parameter and value that fetch the next page, or `None`
    /// on the last page.
    fn next_page(&self) -> Option<(&'static str, String)>;
    /// The items of this page.
    fn into_items(self) -> Vec<Self::Item>;
}
