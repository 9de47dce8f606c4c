//! The leaf against private keys and CSRs.

mod cert_support;

use cert_support::{FIXTURE_KEY_PASSWORD, code, fixture};
use trustocean_core::certificate::{self, check_key, matches_csr, matches_key};

#[test]
fn matching_keys_are_recognised_rsa_and_ec() {
    for name in ["rsa-leaf", "ec-leaf", "wildcard", "ip-sans"] {
        let leaf = certificate::parse_leaf(&fixture(&format!("certs/{name}.pem"))).expect("leaf");
        let key = fixture(&format!("certs/{name}.key"));
        assert!(
            matches_key(&leaf, &key, None).expect("key parses"),
            "{name}"
        );
    }
}

#[test]
fn encrypted_key_matches_with_its_password() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let key = fixture("certs/rsa-leaf.encrypted.key");

    assert!(matches_key(&leaf, &key, Some(FIXTURE_KEY_PASSWORD)).expect("decrypts"));
    assert!(matches_key(&leaf, &key, Some("wrong password")).is_err());
}

#[test]
fn other_key_does_not_match() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");

    assert!(!matches_key(&leaf, &fixture("certs/wildcard.key"), None).expect("parses"));
    assert!(!matches_key(&leaf, &fixture("certs/ec-leaf.key"), None).expect("parses"));

    let other = trustocean_core::key::parse(&fixture("certs/expired.key"), None).expect("key");
    assert_eq!(code(check_key(&leaf, &other)), "certificate.key_mismatch");
    let own = trustocean_core::key::parse(&fixture("certs/rsa-leaf.key"), None).expect("key");
    assert!(check_key(&leaf, &own).is_ok());
}

#[test]
fn certificate_matches_its_csr_only() {
    let rsa = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let ec = certificate::parse_leaf(&fixture("certs/ec-leaf.pem")).expect("leaf");

    assert!(matches_csr(&rsa, &fixture("certs/rsa-leaf.csr")).expect("csr"));
    assert!(matches_csr(&ec, &fixture("certs/ec-leaf.csr")).expect("csr"));
    assert!(!matches_csr(&rsa, &fixture("certs/ec-leaf.csr")).expect("csr"));
}

#[test]
fn unreadable_csr_is_an_error_not_false() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");

    assert_eq!(code(matches_csr(&leaf, b"")), "certificate.csr_unparsable");
    assert_eq!(
        code(matches_csr(&leaf, b"garbage")),
        "certificate.csr_unparsable"
    );
    assert_eq!(
        code(matches_csr(&leaf, &fixture("certs/rsa-leaf.pem"))),
        "certificate.csr_unparsable"
    );
}
