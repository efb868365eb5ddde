//! Cursor pagination: a page knows how to ask for the next one, and a
//! lazy stream walks all items across pages.

use futures_core::Stream;
use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::call::Call;
use crate::error::Error;

pub use sdk_runtime_types::pagination::Page;

struct Walk<P: Page> {
    call: Option<Call<P>>,
    items: VecDeque<P::Item>,
    template: Call<P>,
}

impl<P: Page> Call<P> {
    fn duplicate(&self) -> Self {
        Call {
            client: self.client.clone(),
            spec: match &self.spec {
                Ok(s) => Ok(s.clone()),
                Err(e) => Err(Error::InvalidRequest(e.to_string())),
            },
            options: self.options.clone(),
            decode: self.decode,
        }
    }

    /// Walks every item of every page, fetching each next page only when the
    /// items of the previous one are used up. The stream is `Unpin`:
    /// `while let Some(item) = items.next().await` needs no pinning.
    pub fn auto_paginate(self) -> Paginator<P::Item>
    where
        P: Send + 'static,
        P::Item: Send + 'static,
    {
        let walk = Walk {
            call: Some(self.duplicate()),
            items: VecDeque::new(),
            template: self,
        };
        let stream = futures_util::stream::unfold(walk, |mut walk| async move {
            loop {
                if let Some(item) = walk.items.pop_front() {
                    return Some((Ok(item), walk));
                }
                let call = walk.call.take()?;
                match call.send().await {
                    Err(e) => return Some((Err(e), walk)),
                    Ok(page) => {
                        let page = page.into_inner();
                        if let Some((key, value)) = page.next_page() {
                            let mut next = walk.template.duplicate();
                            if let Ok(spec) = &mut next.spec {
                                spec.query.set(key, value);
                            }
                            walk.call = Some(next);
                        }
                        let items = page.into_items();
                        if items.is_empty() {
                            // A page with no items ends the walk even if the
                            // server says there is more.
                            walk.call = None;
                        }
                        walk.items.extend(items);
                    }
                }
            }
        });
        Paginator {
            inner: Box::pin(stream),
        }
    }
}

/// Every item of every page, fetched lazily ([`Call::auto_paginate`]).
pub struct Paginator<T> {
    inner: Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>,
}

impl<T> fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator").finish_non_exhaustive()
    }
}

impl<T> Stream for Paginator<T> {
    type Item = Result<T, Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}
