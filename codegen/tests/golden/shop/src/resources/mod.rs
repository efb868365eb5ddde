//! Resource handles, one module per top-level resource. Reach them
//! through [`crate::Client`].
#[cfg(feature = "catalogue")]
pub mod catalogue;
#[cfg(feature = "customers")]
pub mod customers;
#[cfg(feature = "events")]
pub mod events;
