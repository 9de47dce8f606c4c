//! TrustOcean reseller API client and the certificate logic of the WHMCS module, free of any PHP binding.
//!
//! Start with [`Client`]: build a [`ClientConfig`] from [`Credentials`] and an [`Endpoint`],
//! then call the typed methods, or [`Client::call`] with JSON from a language binding.

pub mod api;
pub mod bundle;
pub mod certificate;
mod client;
mod credentials;
pub mod csr;
pub mod dcv;
pub mod domain;
mod endpoint;
mod envelope;
mod error;
pub mod finding;
// Public only so that the fuzz targets (a crate of their own) and the corpus replay in the
// tests can reach the entry points; compiled always, so the replay needs no feature.
#[doc(hidden)]
pub mod fuzzing;
mod journal;
pub mod key;
mod method;
pub mod order;
pub mod push;
mod transport;

pub use client::{Client, ClientConfig, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};
pub use credentials::Credentials;
pub use endpoint::{Endpoint, Region};
pub use error::{Error, Result};
pub use journal::{DEFAULT_JOURNAL_CAPACITY, JournalEntry};
pub use method::ApiMethod;

/// This crate's version, which is the module's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The TLS stack used for API calls.
pub const TLS_BACKEND: &str = "rustls (aws-lc-rs), system trust store";
