//! Certificates and chains as customers paste them and as the API returns them: every
//! certificate read, the chain put in order, the leaf described, and the whole bundled for a
//! download.

use crate::bundle;
use crate::certificate::{self, Certificate};

/// The time the validity is measured from: a fixed day, so a corpus replays the same way
/// (Unix seconds, 2025-06-15).
const NOW: i64 = 1_750_000_000;

/// Parses `data` as one certificate or a chain (PEM or DER) and runs everything that follows
/// on what it gives.
pub fn certificate(data: &[u8]) {
    if let Ok(certificates) = certificate::parse_all(data) {
        for one in &certificates {
            let details = one.details(NOW);
            let _ = serde_json::to_value(&details);
            let _ = (one.to_pem(), one.primary_name(), one.public_key_spki_der());
        }
        chain(certificates);
    }
    let _ = Certificate::from_der(data);
    let _ = certificate::parse(data, NOW);
    // A download: the input as the certificate field, with and without itself as the chain.
    let _ = bundle::pkcs7_der(data, b"");
    let _ = bundle::pkcs7_pem(data, data);
}

/// Orders the chain both ways the module does: from a pasted bundle, and from a known leaf.
fn chain(certificates: Vec<Certificate>) {
    if let Ok(ordered) = certificate::order_chain(certificates.clone()) {
        let _ = (
            ordered.to_pem(),
            ordered.issuers_pem(),
            ordered.ends_at_root(),
        );
        let _ = (
            ordered.findings(),
            ordered.first_error(),
            ordered.unlinked(),
        );
    }
    let mut rest = certificates.into_iter();
    if let Some(leaf) = rest.next() {
        let ordered = certificate::order_chain_from_leaf(leaf, rest.collect());
        let _ = (ordered.to_pem(), ordered.first_error());
    }
}
