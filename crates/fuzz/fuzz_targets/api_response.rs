//! Fuzz target: an API answer body, read as the client reads every method's answer (`trustocean_core::fuzzing::api_response`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::api_response(data));
