//! Every type of the API: request bodies, responses, events and the
//! values inside them. Split into modules by the feature that needs
//! them; all are re-exported here.
#[cfg(feature = "customers")]
mod customers;
#[cfg(feature = "customers")]
pub use customers::*;
#[cfg(feature = "events")]
mod events;
#[cfg(feature = "events")]
pub use events::*;
#[cfg(feature = "extra-types")]
mod extra;
#[cfg(feature = "extra-types")]
pub use extra::*;
