//! Fuzz target: product rules as JSON, as the PHP side passes them (`trustocean_core::fuzzing::product_rules`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::product_rules(data));
