//! Fuzz target: a CSR, PEM or DER, as a customer pastes it (`trustocean_core::fuzzing::csr`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| trustocean_core::fuzzing::csr(data));
