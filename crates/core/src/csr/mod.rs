//! Certificate signing requests: parsing, self-signature check, lint, and generation.
//!
//! * [`parse`] reads a CSR (PEM or DER) and refuses it when its signature does not verify;
//!   [`inspect`] records the signature state instead, for [`lint`].
//! * [`lint`] lists every rule the CSR breaks: weak keys and signatures, a broken signature,
//!   and the product's name rules for the CN (through [`crate::domain`]).
//! * [`generate`] makes a key and a SHA-256 CSR from the subject the customer entered.
//!
//! Errors are [`Error::Rejected`](crate::Error::Rejected) with `csr.*` codes; none of these
//! functions panics on any input, writes a file or keeps anything.

mod generate;
mod lint;
mod model;
mod parse;
mod read;
mod signature;

pub use generate::{GeneratedCsr, generate, generate_for_key};
pub use lint::lint;
pub use model::{Csr, CsrKey, HashAlgorithm, SignatureAlgorithm, SignatureCheck, Subject};
pub use parse::{inspect, parse};
pub use read::MAX_CSR_INPUT;
