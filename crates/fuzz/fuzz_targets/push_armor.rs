//! Fuzz target: the text form of an encrypted push on its own (`trustocean_core::fuzzing::push_armor`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::push_armor(data));
