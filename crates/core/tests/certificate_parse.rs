//! Parsing leaf certificates from the fixture files: every field, and every kind of bad input.

mod cert_support;

use std::time::Instant;

use cert_support::{NOW, code, fixture, fixture_path, openssl_ok};
use trustocean_core::certificate::{self, Certificate, MAX_INPUT_BYTES};

#[test]
fn rsa_leaf_fields_match_openssl() {
    let details = certificate::parse(&fixture("certs/rsa-leaf.pem"), NOW).expect("parse");
    let info = &details.info;

    assert_eq!(info.subject, "CN=www.example.com");
    assert_eq!(info.common_name.as_deref(), Some("www.example.com"));
    assert_eq!(
        info.issuer,
        "C=US, O=Fixture Trust, CN=Fixture RSA Intermediate 1"
    );
    assert_eq!(
        info.issuer_common_name.as_deref(),
        Some("Fixture RSA Intermediate 1")
    );
    assert_eq!(info.not_before, "2026-01-01T00:00:00Z");
    assert_eq!(info.not_after, "2027-01-01T00:00:00Z");
    assert_eq!(details.days_left, 214);
    assert!(!details.expired && !details.not_yet_valid);
    assert_eq!(info.dns_names, ["www.example.com", "example.com"]);
    assert!(info.ip_addresses.is_empty());
    assert_eq!(info.key.algorithm, "RSA");
    assert_eq!(info.key.bits, 2048);
    assert_eq!(info.key.curve, None);
    assert_eq!(info.signature_algorithm, "sha256WithRSAEncryption");
    assert!(!info.is_ca);
    assert!(!info.self_signed);

    let path = fixture_path("certs/rsa-leaf.pem");
    let path = path.to_str().expect("utf-8 path");
    let serial = openssl_ok(&["x509", "-in", path, "-noout", "-serial"]);
    assert_eq!(format!("serial={}", info.serial), serial.trim());
    let sha256 = openssl_ok(&["x509", "-in", path, "-noout", "-fingerprint", "-sha256"]);
    assert_eq!(
        format!("sha256 Fingerprint={}", info.sha256_fingerprint),
        sha256.trim()
    );
    let sha1 = openssl_ok(&["x509", "-in", path, "-noout", "-fingerprint", "-sha1"]);
    assert_eq!(
        format!("sha1 Fingerprint={}", info.sha1_fingerprint),
        sha1.trim()
    );
}

#[test]
fn ec_leaf_reports_curve_and_ecdsa_signature() {
    let info = certificate::parse(&fixture("certs/ec-leaf.pem"), NOW)
        .expect("parse")
        .info;

    assert_eq!(info.key.algorithm, "EC");
    assert_eq!(info.key.curve.as_deref(), Some("P-256"));
    assert_eq!(info.key.bits, 256);
    // The ECC intermediate has a P-384 key and signs with SHA-256 (openssl ca's default_md).
    assert_eq!(info.signature_algorithm, "ecdsa-with-SHA256");
    assert_eq!(info.dns_names, ["shop.example.org"]);
}

#[test]
fn wildcard_names_are_kept_verbatim() {
    let info = certificate::parse(&fixture("certs/wildcard.pem"), NOW)
        .expect("parse")
        .info;

    assert_eq!(info.common_name.as_deref(), Some("*.example.net"));
    assert_eq!(info.dns_names, ["*.example.net", "example.net"]);
}

#[test]
fn ip_sans_print_as_addresses_v4_and_v6() {
    let info = certificate::parse(&fixture("certs/ip-sans.pem"), NOW)
        .expect("parse")
        .info;

    assert_eq!(info.ip_addresses, ["192.0.2.10", "2001:db8::1"]);
    assert_eq!(info.dns_names, ["host.example.com"]);
    let kinds: Vec<&str> = info.subject_alt_names.iter().map(|san| san.kind).collect();
    assert_eq!(kinds, ["ip", "ip", "dns"]);
}

#[test]
fn expired_certificate_has_negative_days_left() {
    let details = certificate::parse(&fixture("certs/expired.pem"), NOW).expect("parse");

    assert!(details.expired);
    assert_eq!(details.info.not_after, "2024-01-01T00:00:00Z");
    // 2024-01-01 → 2026-06-01 is 882 days.
    assert_eq!(details.days_left, -882);
}

#[test]
fn not_yet_valid_before_not_before() {
    let details = certificate::parse(&fixture("certs/rsa-leaf.pem"), 1_700_000_000).expect("parse");

    assert!(details.not_yet_valid);
    assert!(!details.expired);
}

#[test]
fn der_and_pem_give_the_same_certificate() {
    let from_pem = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("pem");
    let from_der = certificate::parse_leaf(&fixture("certs/rsa-leaf.der")).expect("der");
    let direct = Certificate::from_der(&fixture("certs/rsa-leaf.der")).expect("from_der");

    assert_eq!(from_pem, from_der);
    assert_eq!(from_pem, direct);
    assert_eq!(from_pem.to_pem(), fixture_text_lf("certs/rsa-leaf.pem"));
}

#[test]
fn a_pasted_chain_describes_its_leaf() {
    let details =
        certificate::parse(&fixture("chains/shuffled-3level-with-leaf.pem"), NOW).expect("parse");

    assert_eq!(
        details.info.common_name.as_deref(),
        Some("deep.example.com")
    );
}

#[test]
fn ca_certificates_are_flagged() {
    let root = certificate::parse(&fixture("chains/root-a.pem"), NOW).expect("root");
    let intermediate = certificate::parse(&fixture("chains/int-a1.der"), NOW).expect("der");

    assert!(root.info.is_ca && root.info.self_signed);
    assert!(intermediate.info.is_ca && !intermediate.info.self_signed);
    assert_eq!(
        intermediate.info.authority_key_id, root.info.subject_key_id,
        "the intermediate points at the root's key"
    );
}

#[test]
fn bad_input_gives_reason_codes() {
    assert_eq!(code(certificate::parse(b"", NOW)), "certificate.empty");
    assert_eq!(
        code(certificate::parse(b"  \n\r\n ", NOW)),
        "certificate.empty"
    );
    assert_eq!(
        code(certificate::parse(b"not a certificate at all", NOW)),
        "certificate.unparsable"
    );
    assert_eq!(
        code(certificate::parse(&fixture("certs/truncated.pem"), NOW)),
        "certificate.truncated"
    );
    let der = fixture("certs/rsa-leaf.der");
    assert_eq!(
        code(certificate::parse(&der[..der.len() / 2], NOW)),
        "certificate.truncated"
    );
    assert_eq!(
        code(certificate::parse(&fixture("certs/rsa-leaf.key"), NOW)),
        "certificate.wrong_pem_type"
    );
    assert_eq!(
        code(certificate::parse(&fixture("certs/rsa-leaf.csr"), NOW)),
        "certificate.wrong_pem_type"
    );
    let mut corrupted = fixture_text_lf("certs/rsa-leaf.pem");
    corrupted.replace_range(100..104, "!!!!");
    assert_eq!(
        code(certificate::parse(corrupted.as_bytes(), NOW)),
        "certificate.unparsable"
    );
}

#[test]
fn key_in_wrong_type_message_is_not_echoed() {
    let key = fixture_text_lf("certs/rsa-leaf.key");
    let err = certificate::parse(key.as_bytes(), NOW).expect_err("a key is not a certificate");
    let body_line = key.lines().nth(1).expect("key body");

    assert!(!err.to_string().contains(body_line));
}

#[test]
fn ten_megabytes_are_refused_fast() {
    let mut body = fixture("certs/rsa-leaf.pem");
    body.resize(10 * 1024 * 1024, b'A');
    let started = Instant::now();

    assert_eq!(
        code(certificate::parse(&body, NOW)),
        "certificate.too_large"
    );
    assert!(
        started.elapsed().as_millis() < 100,
        "refused before parsing"
    );

    let just_over = vec![b' '; MAX_INPUT_BYTES + 1];
    assert_eq!(
        code(certificate::parse(&just_over, NOW)),
        "certificate.too_large"
    );
}

#[test]
fn random_bytes_never_panic() {
    let pem = fixture("certs/rsa-leaf.pem");
    let der = fixture("certs/rsa-leaf.der");
    for cut in (0..pem.len()).step_by(37) {
        let _ = certificate::parse_all(&pem[..cut]);
    }
    for cut in 0..der.len() {
        let _ = certificate::parse_all(&der[..cut]);
    }
    let mut flipped = der.clone();
    for index in (0..flipped.len()).step_by(7) {
        flipped[index] ^= 0x5A;
        let _ = certificate::parse_all(&flipped);
        flipped[index] ^= 0x5A;
    }
}

fn fixture_text_lf(relative: &str) -> String {
    cert_support::fixture_text(relative).replace("\r\n", "\n")
}
