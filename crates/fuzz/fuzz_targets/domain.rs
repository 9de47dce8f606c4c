//! Fuzz target: a list of domain names, one per line, as typed into the order form (`trustocean_core::fuzzing::domain`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::domain(data));
