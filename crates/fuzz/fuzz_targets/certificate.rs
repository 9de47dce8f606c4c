//! Fuzz target: a certificate or chain, PEM or DER, as pasted or as the API returns it (`trustocean_core::fuzzing::certificate`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::certificate(data));
