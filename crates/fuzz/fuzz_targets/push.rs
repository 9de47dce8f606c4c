//! Fuzz target: a push request body, opened with the fixed push key (`trustocean_core::fuzzing::push`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::push(data));
