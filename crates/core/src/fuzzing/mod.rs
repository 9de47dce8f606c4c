//! Entry points for the fuzz targets (`crates/fuzz`) and for the replay of their corpus in the
//! tests: each takes arbitrary bytes, runs one parser and what the module does next with its
//! result, and throws the outcome away.
//!
//! Errors are the expected answer to most inputs; the only failure is a panic (or a hang), which
//! would take a PHP worker down with it. Not part of the crate's API: hidden from its docs and
//! free to change with the targets.

mod api_response;
mod certificate;
mod csr;
mod domain;
mod private_key;
mod push;
mod rules;

pub use api_response::api_response;
pub use certificate::certificate;
pub use csr::csr;
pub use domain::domain;
pub use private_key::private_key;
pub use push::{push, push_armor};
pub use rules::product_rules;

use crate::dcv::CsrHashes;

/// One entry point: the bytes in, nothing out but a panic.
pub type Target = fn(&[u8]);

/// Every target by the name of its fuzz target and corpus directory.
pub const TARGETS: &[(&str, Target)] = &[
    ("api_response", api_response),
    ("certificate", certificate),
    ("csr", csr),
    ("domain", domain),
    ("private_key", private_key),
    ("product_rules", product_rules),
    ("push", push),
    ("push_armor", push_armor),
];

/// The DCV hashes of a fixed CSR (the one of the DCV known-vector tests), for targets that
/// build DCV values without a CSR of their own.
fn sample_hashes() -> CsrHashes {
    CsrHashes {
        md5: "545f4d3afab15f4b67ac948988072357".to_owned(),
        sha256: "0535905c57194bd372d0a13efba86afdf6e61f54b1eaafe9eae57d778eb79ebc".to_owned(),
    }
}
