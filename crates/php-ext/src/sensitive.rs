//! Class registration that marks secret parameters `#[\SensitiveParameter]`.
//!
//! PHP replaces the value of such a parameter with a `SensitiveParameterValue` in stack traces,
//! so a token, private key or password passed to the extension never shows in a trace, a log
//! or an error page, even with `zend.exception_ignore_args=0`. ext-php-rs has no way to declare
//! the attribute, so the classes that take secrets are registered here, in module startup, and
//! the attribute is added to their internal functions the way PHP's own stub generator does.

use ext_php_rs::{
    builders::ClassBuilder,
    class::RegisteredClass,
    error::Result,
    ffi::{HashTable, zend_function, zend_hash_str_find_ptr_lc, zend_string},
    types::ZendStr,
    zend::ClassEntry,
};

/// A class with parameters that hold secrets.
pub trait SensitiveParameters: RegisteredClass {
    /// `(method, zero-based parameter positions)` of every secret parameter.
    const SENSITIVE: &'static [(&'static str, &'static [u32])];
}

/// Registers `T` (the steps `ModuleBuilder::class` performs for a class without properties),
/// marking its secret parameters. Must run inside module startup (MINIT).
pub fn register<T: SensitiveParameters>() -> Result<()> {
    let mut builder = ClassBuilder::new(T::CLASS_NAME);
    for (method, flags) in T::method_builders() {
        builder = builder.method(method, flags);
    }
    for (name, value, docs, flags) in T::constants() {
        builder = builder.dyn_constant(*name, *value, docs, *flags)?;
    }

    builder
        .flags(T::FLAGS)
        .object_override::<T>()
        .registration(|ce, arg_info| {
            for (method, positions) in T::SENSITIVE {
                for position in *positions {
                    mark(ce, method, *position);
                }
            }
            T::get_metadata().set_ce(ce);
            T::get_metadata().set_arg_info(arg_info);
        })
        .docs(T::DOC_COMMENTS)
        .register()
}

/// `ZEND_ATTRIBUTE_PERSISTENT`: the attribute belongs to an internal (persistent) function.
const ZEND_ATTRIBUTE_PERSISTENT: u32 = 1;

unsafe extern "C" {
    /// `zend_add_attribute()` from the engine (`Zend/zend_attributes.c`), exported by PHP.
    fn zend_add_attribute(
        attributes: *mut *mut HashTable,
        name: *mut zend_string,
        argc: u32,
        flags: u32,
        offset: u32,
        lineno: u32,
    ) -> *mut std::ffi::c_void;
}

/// Adds `#[\SensitiveParameter]` to parameter `position` of `method`. Best effort: if the
/// method is not found the class still works, only traces would show the argument (the PHP
/// tests check every marked parameter by reflection).
fn mark(ce: &mut ClassEntry, method: &str, position: u32) {
    // SAFETY: runs in MINIT right after `zend_register_internal_class_ex` filled
    // `ce.function_table`; the lookup only reads the table and lowercases a copy of the key.
    let func = unsafe {
        zend_hash_str_find_ptr_lc(
            &raw const ce.function_table,
            method.as_ptr().cast(),
            method.len(),
        )
    }
    .cast::<zend_function>();
    if func.is_null() {
        return;
    }

    let name = ZendStr::new_interned("SensitiveParameter", true).into_raw();
    // SAFETY: `func` points at an internal function just registered, owned by the class's
    // persistent function table; `common` is the variant every `zend_function` shares.
    // `zend_add_attribute` copies `name` (persistent, interned) and lowercases it itself; for
    // an internal function the attribute must be persistent and the parameter offset 1-based.
    unsafe {
        zend_add_attribute(
            &raw mut (*func).common.attributes,
            name,
            0,
            ZEND_ATTRIBUTE_PERSISTENT,
            position + 1,
            0,
        );
    }
}
