//! The CSR a customer pastes: parsed, linted against every product, and hashed for the DCV
//! values, as the order form does with it.

use super::rules::sample_rules;
use crate::{csr, dcv};

/// A unique id of the documented shape, for the DCV values.
const UNIQUE_ID: &str = "fuzzUniqueId01";

/// Parses `data` as a CSR (PEM or DER) and runs everything that follows on what it gives.
pub fn csr(data: &[u8]) {
    if let Ok(request) = csr::inspect(data) {
        for rules in sample_rules() {
            let _ = csr::lint(&request, &rules);
        }
        let _ = request.subject_alt_names();
        let _ = request.to_pem();
        let _ = request.der_sha256_hex();
        let _ = request.public_key_sha256();
        let _ = (
            request.key.kind(),
            request.key.type_name(),
            request.key.bits(),
        );
    }
    let _ = csr::parse(data);

    if let Ok(hashes) = dcv::csr_hashes(data) {
        for domain in ["www.example.com", "*.example.co.uk", "203.0.113.9"] {
            let _ = dcv::pre_dcv_info_with_hashes(&hashes, UNIQUE_ID, domain);
        }
    }
}
