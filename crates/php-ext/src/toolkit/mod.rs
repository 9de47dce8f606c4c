//! The certificate toolkit classes: `TrustOcean\Domain`, `Dcv`, `Csr`, `PrivateKey`,
//! `Certificate` and `Bundle`, thin wrappers over the core crate.

use ext_php_rs::builders::ModuleBuilder;

pub mod bundle;
pub mod certificate;
pub mod csr;
pub mod dcv;
pub mod domain;
pub mod private_key;

/// Adds every toolkit class and function to the module.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    let module = domain::register(module);
    let module = dcv::register(module);
    let module = csr::register(module);
    let module = private_key::register(module);
    let module = certificate::register(module);
    bundle::register(module)
}
