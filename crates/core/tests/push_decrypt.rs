//! Push decryption against pushes sealed by someone else: OpenSSL's `pkeyutl` (PKCS#1 v1.5,
//! as PHP's `openssl_public_encrypt` and TrustOcean do), in both text forms receivers meet, for
//! 1024, 2048 and 4096-bit keys; and what a receiver gets from pushes that are not for it.

mod cert_support;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use cert_support::{ScratchDir, arg, openssl_ok, run};
use trustocean_core::push::{self, BEGIN_MARKER, END_MARKER, PushKey, Reading};

/// A 6 KB issuance push, as TrustOcean sends one with a certificate and chain.
fn issuance_event(trustocean_id: u64) -> Vec<u8> {
    let pem_body = "MIIFazCCBFOgAwIBAgIQ".repeat(290);
    format!(
        r#"{{"type":"cert_issued","trustocean_id":{trustocean_id},"cert_code":"{pem_body}","ca_code":"","status":"issued_active","domains":["shop.example.com"]}}"#
    )
    .into_bytes()
}

/// Seals `plaintext` with the `openssl` tool, one block per `key bytes − 11`, returning the raw
/// ciphertext blocks.
fn openssl_blocks(
    scratch: &ScratchDir,
    public_pem: &str,
    bits: usize,
    plaintext: &[u8],
) -> Vec<Vec<u8>> {
    let public = scratch.write("public.pem", public_pem);
    plaintext
        .chunks(bits / 8 - 11)
        .enumerate()
        .map(|(index, chunk)| {
            let input = scratch.write(&format!("chunk-{index}"), chunk);
            let output = scratch.path().join(format!("sealed-{index}"));
            openssl_ok(&[
                "pkeyutl",
                "-encrypt",
                "-pubin",
                "-inkey",
                arg(&public),
                "-pkeyopt",
                "rsa_padding_mode:pkcs1",
                "-in",
                arg(&input),
                "-out",
                arg(&output),
            ]);
            std::fs::read(&output).expect("sealed block")
        })
        .collect()
}

#[test]
fn pushes_sealed_by_openssl_open_in_both_text_forms() {
    for bits in [1024, 2048, 4096] {
        let scratch = ScratchDir::new("push");
        let pair = push::generate(bits).expect("key pair");
        let key = PushKey::from_pem(&pair.private_key_pem).expect("key loads");
        let event = issuance_event(100_001);

        let blocks = openssl_blocks(&scratch, &pair.public_key_pem, bits, &event);

        let chunked: String = blocks.iter().map(|block| STANDARD.encode(block)).collect();
        let with_markers = format!("{BEGIN_MARKER}\n{chunked}\n{END_MARKER}");
        let one_base64 = STANDARD.encode(blocks.concat());
        for text in [with_markers.as_str(), chunked.as_str(), one_base64.as_str()] {
            assert_eq!(*key.decrypt(text).expect("opens"), event, "{bits} bits");
        }
        if bits == 1024 {
            assert!(
                chunked.len().is_multiple_of(172),
                "172-character pieces for 1024-bit keys"
            );
        }
    }
}

#[test]
fn keys_openssl_made_load_in_either_pem_form() {
    let scratch = ScratchDir::new("push-keys");
    let pkcs8 = scratch.path().join("pkcs8.pem");
    openssl_ok(&[
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        "rsa_keygen_bits:1024",
        "-out",
        arg(&pkcs8),
    ]);
    let pkcs1 = openssl_ok(&["rsa", "-in", arg(&pkcs8), "-traditional"]);
    let pkcs8 = std::fs::read_to_string(&pkcs8).expect("key file");

    let from_pkcs8 = push::import(&pkcs8).expect("PKCS#8");
    let from_pkcs1 = push::import(&pkcs1).expect("PKCS#1");

    assert_eq!(from_pkcs8.public_key_pem, from_pkcs1.public_key_pem);
    assert_eq!(from_pkcs8.bits, 1024);
    let openssl_public = openssl_ok(&[
        "pkey",
        "-pubout",
        "-in",
        arg(&scratch.write("k.pem", &pkcs8)),
    ]);
    assert_eq!(
        from_pkcs8.public_key_pem.trim(),
        openssl_public.trim(),
        "the public key OpenSSL derives"
    );
}

#[test]
fn pushes_for_another_key_or_altered_open_to_nothing_readable() {
    let pair = push::generate(1024).expect("key pair");
    let other = push::generate(1024).expect("other pair");
    let key = PushKey::from_pem(&pair.private_key_pem).expect("key loads");
    let event = issuance_event(100_002);
    let form = |sealed: &str| {
        serde_urlencoded::to_string([("encrypted_data", sealed)])
            .expect("form")
            .into_bytes()
    };
    let read = |sealed: &str| {
        push::read(
            Some(&key),
            &form(sealed),
            "application/x-www-form-urlencoded",
        )
    };

    let good = push::encrypt(&pair.public_key_pem, &event).expect("seals");
    assert!(
        matches!(read(&good), Reading::Hint(hint) if hint.trustocean_id == 100_002 && hint.encrypted)
    );

    let foreign = push::encrypt(&other.public_key_pem, &event).expect("seals");
    let raw: Vec<u8> = good
        .lines()
        .nth(1)
        .expect("body")
        .as_bytes()
        .chunks(172)
        .flat_map(|chunk| STANDARD.decode(chunk).expect("one block"))
        .collect();
    let flip = |index: usize| {
        let mut altered = raw.clone();
        altered[index] ^= 0x01;
        STANDARD.encode(altered)
    };
    let first_block_altered = flip(5);
    let last_block_altered = flip(raw.len() - 3);
    let truncated = STANDARD.encode(&raw[..raw.len() - 128]);
    let cut_mid_block = STANDARD.encode(&raw[..raw.len() - 64]);
    let above_modulus = STANDARD.encode([vec![0xffu8; 128], raw[128..].to_vec()].concat());
    let reordered = STANDARD.encode(
        [
            raw[128..256].to_vec(),
            raw[..128].to_vec(),
            raw[256..].to_vec(),
        ]
        .concat(),
    );

    for (label, sealed) in [
        ("another key", foreign.as_str()),
        ("first block altered", &first_block_altered),
        ("last block altered", &last_block_altered),
        ("last block dropped", &truncated),
        ("cut inside a block", &cut_mid_block),
        ("block above the modulus", &above_modulus),
        ("blocks swapped", &reordered),
    ] {
        assert_eq!(read(sealed), Reading::Unreadable, "{label}");
    }
    let opened = key
        .decrypt(&foreign)
        .expect("another key's push still opens to something");
    assert_ne!(*opened, event);
}

#[test]
fn bad_keys_are_refused_without_quoting_them() {
    let scratch = ScratchDir::new("push-small");
    let small = scratch.path().join("small.pem");
    let generated = run(
        "openssl",
        &[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:512",
            "-out",
            arg(&small),
        ],
    );
    if generated.success {
        let pem = std::fs::read_to_string(&small).expect("key file");
        let error = PushKey::from_pem(&pem).expect_err("512 bits is refused");
        assert!(error.to_string().contains("1024 to 4096 bits"), "{error}");
        assert!(!error.to_string().contains("PRIVATE"), "{error}");
    }
    let ec = scratch.path().join("ec.pem");
    openssl_ok(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        arg(&ec),
    ]);
    let ec = std::fs::read_to_string(&ec).expect("key file");
    let error = PushKey::from_pem(&ec).expect_err("EC is refused");
    assert!(error.to_string().contains("RSA private key"), "{error}");
    assert!(
        !error.to_string().contains(ec.lines().nth(1).unwrap_or("-")),
        "{error}"
    );
}
