//! Blocking calls for programs without an async runtime (feature
//! `blocking`), in the way `reqwest::blocking` works: the calls run on a
//! runtime of the runtime crate's own, on one background thread started at
//! the first blocking call, and the calling thread waits for them.
//! `call.wait()` sends a call; a stream (a streamed answer, the items of
//! every page) becomes an iterator with `.blocking_iter()`.
//!
//! A blocking call made on a thread that runs an async runtime would stop
//! that runtime's work while it waits; it is refused with an error that
//! says to `.await` the call instead.
//!
//! ```no_run
//! # fn f(client: sdk_runtime::Client) -> Result<(), sdk_runtime::Error> {
//! let call = client.request::<serde_json::Value>(sdk_runtime::RequestSpec::new(
//!     sdk_runtime::Method::GET,
//!     "/models",
//! ));
//! let models = call.wait()?;
//! println!("{models:?}");
//! # Ok(()) }
//! ```

use futures_core::Stream;
use futures_util::StreamExt;
use std::future::Future;
use std::sync::OnceLock;

use crate::call::Call;
use crate::error::Error;
use crate::pagination::Paginator;
use crate::response::ApiResponse;

/// The runtime blocking calls run on, or why it could not start.
fn runtime() -> Result<&'static tokio::runtime::Runtime, Error> {
    static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("sdk-runtime-blocking")
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::config(format!("the blocking runtime could not start: {e}")))
}

/// Runs `future` to completion, blocking this thread.
fn wait<F: Future>(future: F) -> Result<F::Output, Error> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(Error::config(
            "a blocking call inside an async runtime would stop the runtime while it waits; `.await` the call instead of calling `wait()`",
        ));
    }
    Ok(runtime()?.block_on(future))
}

impl<T: Send + 'static> Call<T> {
    /// Sends the call and waits for its answer (feature `blocking`).
    ///
    /// Fails with [`Error::Config`] on a thread that runs an async
    /// runtime.
    pub fn wait(self) -> Result<ApiResponse<T>, Error> {
        // The call runs on the blocking runtime's thread, where its
        // connections and timers live.
        let task = runtime()?.spawn(self.send());
        wait(task)?.map_err(|e| Error::config(format!("a blocking call failed to finish: {e}")))?
    }
}

/// A stream read as an iterator, each item waited for (feature
/// `blocking`).
#[derive(Debug)]
pub struct BlockingIter<S> {
    stream: Option<S>,
}

impl<S, T> Iterator for BlockingIter<S>
where
    S: Stream<Item = Result<T, Error>> + Unpin,
{
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let stream = self.stream.as_mut()?;
        match wait(stream.next()) {
            Ok(item) => item,
            Err(error) => {
                // Nothing more can be read from here.
                self.stream = None;
                Some(Err(error))
            }
        }
    }
}

impl<S, T> ApiResponse<S>
where
    S: Stream<Item = Result<T, Error>> + Unpin,
{
    /// The streamed answer as an iterator of its events (feature
    /// `blocking`); the status and headers are read before.
    pub fn blocking_iter(self) -> BlockingIter<Self> {
        BlockingIter { stream: Some(self) }
    }
}

impl<T> Paginator<T> {
    /// Every item of every page as an iterator, each next page fetched
    /// when needed (feature `blocking`).
    pub fn blocking_iter(self) -> BlockingIter<Self> {
        BlockingIter { stream: Some(self) }
    }
}
