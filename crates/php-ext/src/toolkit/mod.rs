//! The certificate toolkit classes: `TrustOcean\Domain`, `Dcv`, `Csr`, `PrivateKey`,
//! `Certificate` and `Bundle`, thin wrappers over the core crate.

pub mod bundle;
pub mod certificate;
pub mod csr;
pub mod dcv;
pub mod domain;
pub mod private_key;

/// Registers every toolkit class. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    domain::register()?;
    dcv::register()?;
    csr::register()?;
    private_key::register()?;
    certificate::register()?;
    bundle::register()
}
