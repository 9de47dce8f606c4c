//! Generating CSRs: subject exactly as entered, SHA-256 signatures, and `openssl req -verify`.

mod crypto_support;

use crypto_support::{openssl_ok, reason};
use trustocean_core::{
    csr::{self, HashAlgorithm, SignatureCheck, Subject},
    key::{self, KeyKind},
};

fn customer_subject() -> Subject {
    Subject {
        common_name: Some(" WWW.Example.COM ".into()),
        organization: Some("Example Ltd".into()),
        organizational_unit: Some(String::new()),
        locality: Some("London".into()),
        state: None,
        country: Some("gb".into()),
        email: Some("admin@example.com".into()),
    }
}

fn openssl_subject(pem: &str) -> String {
    String::from_utf8(openssl_ok(
        &["req", "-noout", "-subject", "-nameopt", "RFC2253"],
        pem.as_bytes(),
    ))
    .expect("text")
}

#[test]
fn every_key_kind_gives_a_csr_openssl_verifies() {
    for kind in [KeyKind::RSA_2048, KeyKind::EC_P256, KeyKind::EC_P384] {
        let generated = csr::generate(&customer_subject(), kind, &[]).expect("generated");

        let verify = openssl_ok(&["req", "-noout", "-verify"], generated.csr_pem.as_bytes());
        let expected_hash = if kind == KeyKind::EC_P384 {
            HashAlgorithm::Sha384
        } else {
            HashAlgorithm::Sha256
        };

        assert!(verify.is_empty() || String::from_utf8_lossy(&verify).contains("OK"));
        assert_eq!(generated.csr.signature, SignatureCheck::Valid);
        assert_eq!(
            generated.csr.signature_algorithm.hash,
            Some(expected_hash),
            "{kind}"
        );
        assert_eq!(generated.csr.key.kind(), Some(kind));
        assert!(
            generated
                .private_key
                .matches_public_key(&generated.csr.public_key_spki_der)
        );
    }
}

#[test]
fn subject_holds_only_what_was_entered() {
    let generated = csr::generate(&customer_subject(), KeyKind::EC_P256, &[]).expect("generated");

    let subject = openssl_subject(&generated.csr_pem);

    assert_eq!(
        subject.trim(),
        "subject=emailAddress=admin@example.com,CN=www.example.com,O=Example Ltd,L=London,C=GB"
    );
}

#[test]
fn sans_are_the_common_name_then_the_given_names_once_each() {
    let sans = [
        "example.com".to_owned(),
        "WWW.example.com".to_owned(),
        "203.0.113.9".to_owned(),
        "2001:DB8::0:1".to_owned(),
        "bücher.example.com".to_owned(),
    ];

    let generated = csr::generate(&customer_subject(), KeyKind::EC_P256, &sans).expect("csr");

    assert_eq!(
        generated.csr.subject_alt_names(),
        [
            "www.example.com",
            "example.com",
            "xn--bcher-kva.example.com",
            "203.0.113.9",
            "2001:db8::1"
        ]
    );
    let text = String::from_utf8(openssl_ok(
        &["req", "-noout", "-text"],
        generated.csr_pem.as_bytes(),
    ))
    .expect("text");
    assert!(text.contains("IP Address:2001:DB8:0:0:0:0:0:1"), "{text}");
}

#[test]
fn private_key_comes_back_plain_or_encrypted() {
    let generated = csr::generate(&customer_subject(), KeyKind::RSA_2048, &[]).expect("csr");
    let password = "open sesame";

    let plain = generated.private_key_pem(None).expect("plain");
    let encrypted = generated
        .private_key_pem(Some(password))
        .expect("encrypted");
    let modulus_from_key = openssl_ok(
        &["pkey", "-passin", &format!("pass:{password}"), "-pubout"],
        encrypted.as_bytes(),
    );
    let modulus_from_csr = openssl_ok(&["req", "-noout", "-pubkey"], generated.csr_pem.as_bytes());

    assert!(plain.starts_with("-----BEGIN PRIVATE KEY-----"));
    assert!(encrypted.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    assert_eq!(modulus_from_key, modulus_from_csr);
    assert!(key::parse(encrypted.as_bytes(), Some(password)).is_ok());
}

#[test]
fn csr_for_an_existing_key_keeps_the_key() {
    let existing = key::generate(KeyKind::EC_P384).expect("key");

    let csr = csr::generate_for_key(&customer_subject(), &existing, &[]).expect("csr");

    assert!(existing.matches_public_key(&csr.public_key_spki_der));
}

#[test]
fn bad_subjects_are_refused_with_their_reason() {
    let with = |change: fn(&mut Subject)| {
        let mut subject = customer_subject();
        change(&mut subject);
        reason(csr::generate(&subject, KeyKind::EC_P256, &[]))
    };

    assert_eq!(with(|s| s.common_name = None), "csr.missing_common_name");
    assert_eq!(
        with(|s| s.common_name = Some("  ".into())),
        "csr.missing_common_name"
    );
    assert_eq!(
        with(|s| s.country = Some("GBR".into())),
        "csr.country_invalid"
    );
    assert_eq!(
        with(|s| s.country = Some("1X".into())),
        "csr.country_invalid"
    );
    assert_eq!(
        with(|s| s.email = Some("not-an-email".into())),
        "csr.email_invalid"
    );
    assert_eq!(
        with(|s| s.organization = Some("x".repeat(65))),
        "csr.field_too_long"
    );
    assert_eq!(
        with(|s| s.locality = Some("a\u{0}b".into())),
        "csr.field_invalid"
    );
    assert_eq!(
        with(|s| s.common_name = Some("exa mple.com".into())),
        "domain.invalid_character"
    );
}

#[test]
fn bad_san_is_refused_with_the_domain_reason() {
    let sans = ["localhost".to_owned()];

    let err = csr::generate(&customer_subject(), KeyKind::EC_P256, &sans).expect_err("refused");

    assert_eq!(err.reason_code(), Some("domain.not_fqdn"));
}
