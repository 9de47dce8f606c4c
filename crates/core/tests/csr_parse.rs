//! Parsing CSRs of every kind from fixture files, and refusing damaged input with its reason.

mod crypto_support;

use std::net::IpAddr;

use crypto_support::{csr_fixture, key_fixture, openssl_ok, reason};
use trustocean_core::csr::{self, CsrKey, HashAlgorithm, SignatureCheck};

#[test]
fn reads_subject_sans_key_and_signature() {
    let csr = csr::parse(&csr_fixture("rsa2048-sha256.pem")).expect("valid csr");

    let subject = &csr.subject;
    assert_eq!(subject.common_name.as_deref(), Some("www.example.com"));
    assert_eq!(subject.organization.as_deref(), Some("Example Ltd"));
    assert_eq!(subject.organizational_unit.as_deref(), Some("IT"));
    assert_eq!(subject.locality.as_deref(), Some("London"));
    assert_eq!(subject.state.as_deref(), Some("Greater London"));
    assert_eq!(subject.country.as_deref(), Some("GB"));
    assert_eq!(subject.email.as_deref(), Some("admin@example.com"));
    assert_eq!(csr.dns_names, ["www.example.com", "example.com"]);
    assert_eq!(
        csr.ip_addresses,
        [
            "192.0.2.10".parse::<IpAddr>().expect("ip"),
            "2001:db8::1".parse::<IpAddr>().expect("ip")
        ]
    );
    assert_eq!(
        csr.subject_alt_names(),
        [
            "www.example.com",
            "example.com",
            "192.0.2.10",
            "2001:db8::1"
        ]
    );
    assert_eq!(csr.key, CsrKey::Rsa { bits: 2048 });
    assert_eq!(csr.signature_algorithm.name, "sha256WithRSAEncryption");
    assert_eq!(csr.signature, SignatureCheck::Valid);
}

#[test]
fn der_and_pem_and_the_old_label_are_the_same_request() {
    let pem = csr::parse(&csr_fixture("rsa2048-sha256.pem")).expect("pem");
    let der = csr::parse(&csr_fixture("rsa2048-sha256.der")).expect("der");
    let old_label =
        csr::parse(&csr_fixture("new-certificate-request-label.pem")).expect("old label");

    assert_eq!(pem, der);
    assert_eq!(pem, old_label);
    assert_eq!(pem.der, csr_fixture("rsa2048-sha256.der"));
    assert_eq!(pem.to_pem().as_bytes(), csr_fixture("rsa2048-sha256.pem"));
}

#[test]
fn digests_of_the_der_match_openssl() {
    let csr = csr::parse(&csr_fixture("rsa2048-sha256.pem")).expect("csr");

    let sha256 = String::from_utf8(openssl_ok(&["dgst", "-sha256", "-r"], &csr.der)).expect("text");
    let md5 = String::from_utf8(openssl_ok(&["dgst", "-md5", "-r"], &csr.der)).expect("text");

    assert!(sha256.to_uppercase().starts_with(&csr.der_sha256_hex()));
    assert!(md5.to_uppercase().starts_with(&csr.der_md5_hex()));
}

#[test]
fn every_key_and_signature_kind_is_read_and_verified() {
    let cases: [(&str, CsrKey, &str, Option<HashAlgorithm>); 10] = [
        (
            "rsa1024-sha256.pem",
            CsrKey::Rsa { bits: 1024 },
            "sha256WithRSAEncryption",
            Some(HashAlgorithm::Sha256),
        ),
        (
            "rsa2048-sha1.pem",
            CsrKey::Rsa { bits: 2048 },
            "sha1WithRSAEncryption",
            Some(HashAlgorithm::Sha1),
        ),
        (
            "rsa2048-md5.pem",
            CsrKey::Rsa { bits: 2048 },
            "md5WithRSAEncryption",
            Some(HashAlgorithm::Md5),
        ),
        (
            "rsa3072-sha384.pem",
            CsrKey::Rsa { bits: 3072 },
            "sha384WithRSAEncryption",
            Some(HashAlgorithm::Sha384),
        ),
        (
            "rsa4096-sha512.pem",
            CsrKey::Rsa { bits: 4096 },
            "sha512WithRSAEncryption",
            Some(HashAlgorithm::Sha512),
        ),
        (
            "ec-p256-sha256.pem",
            ec("P-256", 256),
            "ecdsa-with-SHA256",
            Some(HashAlgorithm::Sha256),
        ),
        (
            "ec-p384-sha384.pem",
            ec("P-384", 384),
            "ecdsa-with-SHA384",
            Some(HashAlgorithm::Sha384),
        ),
        (
            "ec-p521-sha512.pem",
            ec("P-521", 521),
            "ecdsa-with-SHA512",
            Some(HashAlgorithm::Sha512),
        ),
        (
            "ec-secp256k1-sha256.pem",
            ec("secp256k1", 256),
            "ecdsa-with-SHA256",
            Some(HashAlgorithm::Sha256),
        ),
        (
            "utf8-subject.pem",
            ec("P-256", 256),
            "ecdsa-with-SHA256",
            Some(HashAlgorithm::Sha256),
        ),
    ];

    for (fixture, key, algorithm, hash) in cases {
        let csr = csr::parse(&csr_fixture(fixture)).unwrap_or_else(|e| panic!("{fixture}: {e}"));

        assert_eq!(csr.key, key, "{fixture}");
        assert_eq!(csr.signature_algorithm.name, algorithm, "{fixture}");
        assert_eq!(csr.signature_algorithm.hash, hash, "{fixture}");
        assert_eq!(csr.signature, SignatureCheck::Valid, "{fixture}");
    }
}

fn ec(curve: &str, bits: u32) -> CsrKey {
    CsrKey::Ec {
        curve: curve.to_owned(),
        bits,
    }
}

#[test]
fn utf8_subject_and_ip_common_name_are_printed_as_entered() {
    let utf8 = csr::parse(&csr_fixture("utf8-subject.pem")).expect("utf8");
    let ip = csr::parse(&csr_fixture("ip-cn.pem")).expect("ip");

    assert_eq!(utf8.subject.organization.as_deref(), Some("Müller GmbH"));
    assert_eq!(utf8.subject.common_name.as_deref(), Some("bücher.example"));
    assert_eq!(ip.subject_alt_names(), ["93.184.215.14"]);
}

#[test]
fn broken_signature_is_refused_by_parse_and_reported_by_inspect() {
    let input = csr_fixture("broken-signature.pem");

    let inspected = csr::inspect(&input).expect("still readable");

    assert_eq!(reason(csr::parse(&input)), "csr.signature_invalid");
    assert_eq!(inspected.signature, SignatureCheck::Invalid);
}

#[test]
fn public_key_matches_the_key_it_was_made_with() {
    let csr = csr::parse(&csr_fixture("rsa2048-sha256.pem")).expect("csr");
    let from_openssl = openssl_ok(
        &["req", "-pubkey", "-noout"],
        &csr_fixture("rsa2048-sha256.pem"),
    );
    let spki_der = openssl_ok(&["pkey", "-pubin", "-outform", "DER"], &from_openssl);
    let unrelated =
        trustocean_core::key::parse(&key_fixture("rsa2048-pkcs8.pem"), None).expect("key");

    assert_eq!(csr.public_key_spki_der, spki_der);
    assert!(!unrelated.matches_public_key(&csr.public_key_spki_der));
}

#[test]
fn damaged_input_gets_its_reason_and_never_panics() {
    let ten_megabytes = vec![b'A'; 10 * 1024 * 1024];
    let mut cut_der = csr_fixture("rsa2048-sha256.der");
    cut_der.truncate(300);
    let cases: [(&str, Vec<u8>, &str); 10] = [
        ("empty", Vec::new(), "csr.empty"),
        ("blank", b"\n \r\n".to_vec(), "csr.empty"),
        ("garbage", b"hello, this is my csr".to_vec(), "csr.not_pem"),
        ("10 MB", ten_megabytes, "csr.too_large"),
        (
            "private key",
            csr_fixture("wrong-type-private-key.pem"),
            "csr.wrong_pem_type",
        ),
        ("no END line", csr_fixture("truncated.pem"), "csr.truncated"),
        (
            "lines missing",
            csr_fixture("cut-body.pem"),
            "csr.truncated",
        ),
        ("cut DER", cut_der, "csr.truncated"),
        (
            "bad base64",
            b"-----BEGIN CERTIFICATE REQUEST-----\n!!!!\n-----END CERTIFICATE REQUEST-----\n"
                .to_vec(),
            "csr.unparsable",
        ),
        (
            "not a request",
            b"-----BEGIN CERTIFICATE REQUEST-----\nMAMCAQA=\n-----END CERTIFICATE REQUEST-----\n"
                .to_vec(),
            "csr.unparsable",
        ),
    ];

    for (name, input, code) in cases {
        assert_eq!(reason(csr::parse(&input)), code, "{name}");
    }
}

#[test]
fn private_key_pasted_as_csr_is_not_echoed() {
    let input = csr_fixture("wrong-type-private-key.pem");
    let body_line = String::from_utf8(input.clone())
        .expect("pem text")
        .lines()
        .nth(1)
        .expect("body")
        .to_owned();

    let message = csr::parse(&input)
        .expect_err("a key is not a csr")
        .to_string();

    assert!(!message.contains(&body_line));
    assert!(message.contains("private key"));
}
