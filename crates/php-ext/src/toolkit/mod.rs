//! The certificate toolkit classes: `TrustOcean\Domain`, `Dcv`, `Csr`, `PrivateKey`,
//! `Certificate`, `Bundle` and `Push`, thin wrappers over the core crate.

pub mod bundle;
pub mod certificate;
pub mod csr;
pub mod dcv;
pub mod domain;
pub mod private_key;
pub mod push;

use ext_php_rs::{boxed::ZBox, exception::PhpResult, types::ZendHashTable};
use serde_json::Value;

use crate::{convert, error_map};

/// A toolkit result as the PHP array returned to the caller (a failure here is an engine-level
/// one, such as running out of memory, never the caller's input).
pub(crate) fn to_array(value: &Value) -> PhpResult<ZBox<ZendHashTable>> {
    convert::json_to_array(value).map_err(|err| error_map::response_error("toolkit", &err))
}

/// Registers every toolkit class. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    domain::register()?;
    dcv::register()?;
    csr::register()?;
    private_key::register()?;
    certificate::register()?;
    bundle::register()?;
    push::register()
}
