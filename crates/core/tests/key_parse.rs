//! Reading private keys of every format from fixture files, cross-checked with `openssl`.

mod crypto_support;

use crypto_support::{FIXTURE_PASSWORD, key_fixture, openssl_ok, reason};
use trustocean_core::key::{self, Curve, KeyKind};

/// The public key `openssl` derives from a key fixture, as DER `SubjectPublicKeyInfo`.
fn openssl_spki(fixture: &str) -> Vec<u8> {
    openssl_ok(
        &[
            "pkey",
            "-pubout",
            "-outform",
            "DER",
            "-passin",
            &format!("pass:{FIXTURE_PASSWORD}"),
        ],
        &key_fixture(fixture),
    )
}

#[test]
fn reads_every_supported_format_and_agrees_with_openssl() {
    let cases = [
        ("rsa2048-pkcs8.pem", KeyKind::RSA_2048),
        ("rsa2048-pkcs8.der", KeyKind::RSA_2048),
        ("rsa2048-pkcs1.pem", KeyKind::RSA_2048),
        ("rsa2048-pkcs1.der", KeyKind::RSA_2048),
        ("rsa3072-pkcs8.pem", KeyKind::RSA_3072),
        ("rsa4096-pkcs8.pem", KeyKind::RSA_4096),
        ("ec-p256-pkcs8.pem", KeyKind::EC_P256),
        ("ec-p256-sec1.pem", KeyKind::EC_P256),
        ("ec-p256-sec1.der", KeyKind::EC_P256),
        ("ec-p256-sec1-with-params.pem", KeyKind::EC_P256),
        ("ec-p384-pkcs8.pem", KeyKind::EC_P384),
        ("ec-p384-sec1.pem", KeyKind::EC_P384),
        ("ec-p521-pkcs8.pem", KeyKind::Ec(Curve::P521)),
    ];

    for (fixture, kind) in cases {
        let key =
            key::parse(&key_fixture(fixture), None).unwrap_or_else(|e| panic!("{fixture}: {e}"));

        assert_eq!(key.kind(), kind, "{fixture}");
        assert_eq!(key.bits(), kind.bits(), "{fixture}");
        assert_eq!(
            key.public_key_spki_der(),
            openssl_spki(fixture),
            "{fixture}"
        );
    }
}

#[test]
fn pkcs1_and_pkcs8_forms_are_the_same_key() {
    let pkcs8 = key::parse(&key_fixture("rsa2048-pkcs8.pem"), None).expect("pkcs8");
    let pkcs1 = key::parse(&key_fixture("rsa2048-pkcs1.der"), None).expect("pkcs1");

    assert_eq!(*pkcs8.to_pkcs8_der(), *pkcs1.to_pkcs8_der());
    assert_eq!(pkcs8.public_key_sha256(), pkcs1.public_key_sha256());
}

#[test]
fn exported_pkcs8_is_what_openssl_reads_back() {
    let key = key::parse(&key_fixture("ec-p256-sec1.pem"), None).expect("sec1 key");

    let pem = key.to_pkcs8_pem();
    let reread = openssl_ok(&["pkey", "-pubout", "-outform", "DER"], pem.as_bytes());

    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    assert_eq!(reread, key.public_key_spki_der());
}

#[test]
fn encrypted_pkcs8_opens_with_the_right_password() {
    let cases = [
        ("rsa2048-pkcs8-encrypted-aes256.pem", KeyKind::RSA_2048),
        ("rsa2048-pkcs8-encrypted-aes256.der", KeyKind::RSA_2048),
        ("ec-p256-pkcs8-encrypted-aes128.pem", KeyKind::EC_P256),
        ("ec-p384-pkcs8-encrypted-scrypt.pem", KeyKind::EC_P384),
    ];

    for (fixture, kind) in cases {
        let key = key::parse(&key_fixture(fixture), Some(FIXTURE_PASSWORD))
            .unwrap_or_else(|e| panic!("{fixture}: {e}"));

        assert_eq!(key.kind(), kind, "{fixture}");
        assert_eq!(
            key.public_key_spki_der(),
            openssl_spki(fixture),
            "{fixture}"
        );
    }
}

#[test]
fn encrypted_key_without_or_with_a_wrong_password_is_refused() {
    let input = key_fixture("rsa2048-pkcs8-encrypted-aes256.pem");

    assert_eq!(reason(key::parse(&input, None)), "key.password_required");
    assert_eq!(
        reason(key::parse(&input, Some(""))),
        "key.password_required"
    );
    assert_eq!(
        reason(key::parse(&input, Some("wrong"))),
        "key.wrong_password"
    );
}

#[test]
fn wrong_password_never_appears_in_the_message() {
    let secret = "s3cret-passphrase-9f2c";
    let input = key_fixture("ec-p256-pkcs8-encrypted-aes128.pem");

    let err = key::parse(&input, Some(secret)).expect_err("wrong password");

    assert!(!err.to_string().contains(secret));
    assert!(!format!("{err:?}").contains(secret));
}

#[test]
fn old_or_unsupported_encryption_names_the_fix() {
    let legacy = key_fixture("rsa2048-pkcs1-legacy-encrypted.pem");
    let pbes1 = key_fixture("ec-p256-pkcs8-encrypted-pbes1.pem");

    assert_eq!(
        reason(key::parse(&legacy, Some(FIXTURE_PASSWORD))),
        "key.legacy_encryption"
    );
    assert_eq!(
        reason(key::parse(&pbes1, Some(FIXTURE_PASSWORD))),
        "key.unsupported_encryption"
    );
}

#[test]
fn keys_cas_refuse_are_rejected_with_their_reason() {
    let cases = [
        ("rsa1024-pkcs8.pem", "key.rsa_too_small"),
        ("rsa1024-pkcs1.pem", "key.rsa_too_small"),
        ("ec-secp256k1-sec1.pem", "key.unsupported_curve"),
        ("ec-secp256k1-pkcs8.pem", "key.unsupported_curve"),
        ("ed25519-pkcs8.pem", "key.unsupported_type"),
    ];

    for (fixture, code) in cases {
        assert_eq!(
            reason(key::parse(&key_fixture(fixture), None)),
            code,
            "{fixture}"
        );
    }
}

#[test]
fn damaged_input_gets_its_reason_and_never_panics() {
    let ten_megabytes = vec![b'A'; 10 * 1024 * 1024];
    let csr = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/csr/rsa2048-sha256.pem"
    ))
    .expect("csr fixture");
    let cases: [(&str, &[u8], &str); 8] = [
        ("empty", b"", "key.empty"),
        ("blank", b" \r\n\t", "key.empty"),
        ("garbage", b"this is not a key", "key.unreadable"),
        ("10 MB", &ten_megabytes, "key.too_large"),
        ("csr", &csr, "key.wrong_pem_type"),
        (
            "no END line",
            &key_fixture("rsa2048-pkcs8-truncated.pem"),
            "key.truncated",
        ),
        (
            "lines missing",
            &key_fixture("rsa2048-pkcs8-cut-body.pem"),
            "key.truncated",
        ),
        (
            "cut DER",
            &key_fixture("rsa2048-pkcs8-truncated.der"),
            "key.truncated",
        ),
    ];

    for (name, input, code) in cases {
        assert_eq!(reason(key::parse(input, None)), code, "{name}");
    }
}

#[test]
fn debug_output_shows_no_key_material() {
    let key = key::parse(&key_fixture("ec-p256-pkcs8.pem"), None).expect("key");
    let pem = key.to_pkcs8_pem();
    let body_line = pem.lines().nth(1).expect("pem body");

    let debug = format!("{key:?}");

    assert!(debug.contains("P256"));
    assert!(!debug.contains(body_line));
    assert!(!debug.contains(&hex::encode(&key.to_pkcs8_der()[..16])));
}

#[test]
fn matches_its_own_public_key_only() {
    let key = key::parse(&key_fixture("rsa2048-pkcs8.pem"), None).expect("key");
    let other = key::parse(&key_fixture("rsa3072-pkcs8.pem"), None).expect("other key");

    assert!(key.matches_public_key(key.public_key_spki_der()));
    assert!(!key.matches_public_key(other.public_key_spki_der()));
    assert!(!key.matches_public_key(b"garbage"));
}
