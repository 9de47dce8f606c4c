//! The `trustocean` PHP extension: `TrustOcean\Client` and its exceptions, a thin binding over
//! `trustocean-core`.
//!
//! Load it with `extension=libtrustocean.so` (php.ini, `conf.d`, or `php -d`). Module startup only
//! registers classes: no runtime, HTTP client, thread or socket is created there, so the module
//! is safe to load in a php-fpm master that forks its workers afterwards. The core creates its
//! runtime lazily, per process, on the first API call.
//!
//! * [`client`]: the `TrustOcean\Client` class.
//! * [`exceptions`]: the `TrustOcean\*Exception` classes.
//! * [`convert`]: zval ⇄ `serde_json::Value`.
//! * [`error_map`]: core errors → PHP exceptions.
//! * [`workflow`]: the `TrustOcean\Workflow` class (the order lifecycle).
#![cfg_attr(windows, feature(abi_vectorcall))]

pub mod client;
pub mod convert;
pub mod error_map;
pub mod exceptions;
pub mod sensitive;
pub mod toolkit;
pub mod workflow;

/// The extension's name, as used by `extension_loaded()` and `phpversion()`.
pub const EXTENSION_NAME: &str = "trustocean";

/// The extension's version (the crate version), reported by `phpversion('trustocean')`.
pub const EXTENSION_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Module entry, startup and phpinfo. A private module because `#[php_module]` also generates an
/// undocumented public describe function (debug builds only) next to `get_module`; the exported
/// symbols are `#[no_mangle]` and do not depend on the Rust path.
mod registration {
    use ext_php_rs::{
        info_table_end, info_table_row, info_table_start, prelude::*, zend::ModuleEntry,
    };

    use super::{EXTENSION_NAME, EXTENSION_VERSION, client, exceptions, toolkit, workflow};

    /// `debug` or `release`, shown by `phpinfo()`.
    const BUILD_PROFILE: &str = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };

    /// Module startup (MINIT): registers the exception classes, then `TrustOcean\Client`,
    /// the toolkit and `TrustOcean\Workflow`.
    ///
    /// Returns `0` on success and `-1` (PHP then refuses to load the module) on failure; it must
    /// not panic, since panics here are not caught.
    extern "C" fn startup(_ty: i32, _module_number: i32) -> i32 {
        match exceptions::register()
            .and_then(|()| client::register())
            .and_then(|()| toolkit::register())
            .and_then(|()| workflow::register())
        {
            Ok(()) => 0,
            Err(_) => -1,
        }
    }

    /// The `trustocean` section of `phpinfo()` / `php -i`. Shows no credentials.
    extern "C" fn php_module_info(_module: *mut ModuleEntry) {
        info_table_start!();
        info_table_row!("TrustOcean SSL reseller API support", "enabled");
        info_table_row!("Extension version", EXTENSION_VERSION);
        info_table_row!("Core version", trustocean_core::VERSION);
        info_table_row!("TLS backend", trustocean_core::TLS_BACKEND);
        info_table_row!("Build profile", BUILD_PROFILE);
        info_table_end!();
    }

    /// The module entry PHP loads.
    #[php_module]
    #[php(startup = startup)]
    pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
        module
            .name(EXTENSION_NAME)
            .version(EXTENSION_VERSION)
            .info_function(php_module_info)
    }
}
