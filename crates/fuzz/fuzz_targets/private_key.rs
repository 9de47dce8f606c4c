//! Fuzz target: a private key, plain or encrypted, as a customer uploads it (`trustocean_core::fuzzing::private_key`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::private_key(data));
