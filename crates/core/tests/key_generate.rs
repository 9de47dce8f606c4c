//! Generating keys and exporting them plain or encrypted, cross-checked with `openssl`.

mod crypto_support;

use crypto_support::{openssl, openssl_ok, reason};
use trustocean_core::key::{self, Curve, KeyKind};

#[test]
fn generates_every_offered_kind_and_openssl_reads_it() {
    for kind in KeyKind::GENERATED {
        let key = key::generate(kind).unwrap_or_else(|e| panic!("{kind}: {e}"));

        let pem = key.to_pkcs8_pem();
        let spki = openssl_ok(&["pkey", "-pubout", "-outform", "DER"], pem.as_bytes());
        let text = String::from_utf8(openssl_ok(&["pkey", "-noout", "-text"], pem.as_bytes()))
            .expect("openssl prints text");

        assert_eq!(key.kind(), kind);
        assert_eq!(spki, key.public_key_spki_der(), "{kind}");
        match kind {
            KeyKind::Rsa { bits } => assert!(text.contains(&format!("({bits} bit")), "{text}"),
            KeyKind::Ec(curve) => assert!(text.contains(curve.name()), "{text}"),
        }
    }
}

#[test]
fn two_generated_keys_differ() {
    let first = key::generate(KeyKind::EC_P256).expect("key");
    let second = key::generate(KeyKind::EC_P256).expect("key");

    assert_ne!(first.public_key_spki_der(), second.public_key_spki_der());
}

#[test]
fn encrypted_export_opens_in_openssl_and_here_with_the_password_only() {
    let password = "pässword with spaces";
    let key = key::generate(KeyKind::EC_P384).expect("key");

    let pem = key.to_pkcs8_encrypted_pem(password).expect("encrypted");
    let passin = format!("pass:{password}");
    let spki = openssl_ok(
        &["pkey", "-passin", &passin, "-pubout", "-outform", "DER"],
        pem.as_bytes(),
    );
    let structure =
        String::from_utf8(openssl_ok(&["asn1parse"], pem.as_bytes())).expect("openssl prints text");
    let reread = key::parse(pem.as_bytes(), Some(password)).expect("reads back");

    assert!(pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    assert_eq!(spki, key.public_key_spki_der());
    assert!(structure.contains("PBES2") && structure.contains("PBKDF2"));
    assert!(structure.contains("aes-256-cbc") && structure.contains("hmacWithSHA256"));
    assert_eq!(reread.public_key_spki_der(), key.public_key_spki_der());
    assert!(!openssl(&["pkey", "-passin", "pass:wrong", "-noout"], pem.as_bytes()).success);
    assert_eq!(
        reason(key::parse(pem.as_bytes(), Some("wrong"))),
        "key.wrong_password"
    );
}

#[test]
fn empty_password_is_refused_rather_than_silently_ignored() {
    let key = key::generate(KeyKind::EC_P256).expect("key");

    assert_eq!(reason(key.to_pkcs8_encrypted_pem("")), "key.password_empty");
}

#[test]
fn kinds_not_offered_are_refused() {
    for kind in [
        KeyKind::Rsa { bits: 1024 },
        KeyKind::Rsa { bits: 2049 },
        KeyKind::Ec(Curve::P521),
    ] {
        assert_eq!(
            reason(key::generate(kind)),
            "key.unsupported_type",
            "{kind}"
        );
    }
}
