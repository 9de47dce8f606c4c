//! The `TrustOcean\...` class for this part of the toolkit (being written).

use ext_php_rs::builders::ModuleBuilder;

/// Registers this part's classes.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
}
