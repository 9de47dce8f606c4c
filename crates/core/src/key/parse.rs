//! Reading private keys as people paste or upload them: PEM or DER; PKCS#8 (plain or
//! encrypted), PKCS#1 RSA or SEC1 EC.

use aws_lc_rs::{
    encoding::AsDer,
    rsa::KeyPair as RsaKeyPair,
    signature::{
        ECDSA_P256_SHA256_ASN1_SIGNING, ECDSA_P384_SHA384_ASN1_SIGNING,
        ECDSA_P521_SHA512_ASN1_SIGNING, EcdsaKeyPair,
    },
};
use pkcs8::{EncryptedPrivateKeyInfoRef, PrivateKeyInfoRef, der::Decode};
use zeroize::Zeroizing;

use super::{
    PrivateKey, armor,
    armor::ArmorError,
    encryption::decrypt_pkcs8,
    private_key::{self, unreadable},
};
use crate::error::{Error, Result};

/// Largest input accepted, checked before anything is decoded. A PEM RSA-8192 key with
/// surrounding text is well under 10 KiB.
pub const MAX_KEY_INPUT: usize = 64 * 1024;

/// The DER encoding of the secp256k1 curve OID (1.3.132.0.10), to name it in the refusal of a
/// SEC1 key the crypto library cannot load.
const SECP256K1_OID_DER: &[u8] = &[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a];

/// Reads a private key from PEM text or DER bytes.
///
/// Accepts PKCS#8 (`PRIVATE KEY`), encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`, PBES2, needs
/// `password`), PKCS#1 (`RSA PRIVATE KEY`) and SEC1 (`EC PRIVATE KEY`). In PEM text the first
/// private-key block is used, so a key pasted together with its certificate works. `password` is
/// ignored for keys that are not encrypted.
///
/// # Errors
/// [`Error::Rejected`] with `key.too_large`, `key.empty`, `key.truncated`, `key.unreadable`,
/// `key.wrong_pem_type`, `key.legacy_encryption`, `key.password_required`,
/// `key.wrong_password`, `key.unsupported_encryption`, `key.unsupported_type`,
/// `key.unsupported_curve`, `key.rsa_too_small`, `key.rsa_too_large` or `key.invalid`. No message
/// contains key material or the password.
pub fn parse(input: &[u8], password: Option<&str>) -> Result<PrivateKey> {
    if input.len() > MAX_KEY_INPUT {
        return Err(Error::rejected(
            "key.too_large",
            format!(
                "the private key input is {} bytes; a key is at most {MAX_KEY_INPUT} bytes",
                input.len()
            ),
        ));
    }
    if input.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::rejected("key.empty", "no private key was given"));
    }

    if armor::looks_like_pem(input) {
        parse_pem(input, password)
    } else {
        parse_der(input, password)
    }
}

fn parse_pem(input: &[u8], password: Option<&str>) -> Result<PrivateKey> {
    let blocks = armor::pem_blocks(input).map_err(|err| match err {
        ArmorError::Truncated { .. } => truncated(),
        ArmorError::BadBase64 { .. } => unreadable(),
    })?;
    let Some(block) = blocks.iter().find(|b| b.label.ends_with("PRIVATE KEY")) else {
        // The message names the label in words, not as a PEM header line: this text reaches the
        // module log, where a header line reads as key material to anyone scanning for leaks.
        let found = blocks.first().map_or("", |b| b.label.as_str());
        return Err(Error::rejected(
            "key.wrong_pem_type",
            format!(
                "expected a private key (a PEM block labelled PRIVATE KEY) but found \"{found}\"; \
                 paste the key, not the certificate or CSR"
            ),
        ));
    };

    if block.legacy_encrypted {
        return Err(Error::rejected(
            "key.legacy_encryption",
            "the key uses the old OpenSSL PEM encryption (Proc-Type: 4,ENCRYPTED); convert it \
             with `openssl pkcs8 -topk8 -v2 aes-256-cbc` and paste the result",
        ));
    }

    match block.label.as_str() {
        "PRIVATE KEY" => from_pkcs8(&block.der),
        "ENCRYPTED PRIVATE KEY" => from_encrypted_pkcs8(&block.der, password),
        "RSA PRIVATE KEY" => from_pkcs1(&block.der),
        "EC PRIVATE KEY" => from_sec1(&block.der),
        other => Err(Error::rejected(
            "key.unsupported_type",
            format!(
                "\"{other}\" keys are not supported; only RSA and ECDSA (P-256, P-384) keys are"
            ),
        )),
    }
}

/// DER carries no label, so each structure is tried in turn.
fn parse_der(der: &[u8], password: Option<&str>) -> Result<PrivateKey> {
    if PrivateKeyInfoRef::from_der(der).is_ok() {
        return from_pkcs8(der);
    }
    if EncryptedPrivateKeyInfoRef::from_der(der).is_ok() {
        return from_encrypted_pkcs8(der, password);
    }
    if rsa::pkcs1::RsaPrivateKeyRef::from_der(der).is_ok() {
        return from_pkcs1(der);
    }
    if der.first() == Some(&0x30) && armor::der_truncated(der) {
        return Err(truncated());
    }
    from_sec1(der)
}

fn from_pkcs8(der: &[u8]) -> Result<PrivateKey> {
    if PrivateKeyInfoRef::from_der(der).is_err() && armor::der_truncated(der) {
        return Err(truncated());
    }
    PrivateKey::from_pkcs8_der(der)
}

fn from_encrypted_pkcs8(der: &[u8], password: Option<&str>) -> Result<PrivateKey> {
    if EncryptedPrivateKeyInfoRef::from_der(der).is_err() && armor::der_truncated(der) {
        return Err(truncated());
    }
    let plain = decrypt_pkcs8(der, password)?;
    PrivateKey::from_pkcs8_der(&plain)
}

/// PKCS#1 `RSAPrivateKey`: checked for size, then re-wrapped as PKCS#8 by the crypto library.
fn from_pkcs1(der: &[u8]) -> Result<PrivateKey> {
    if rsa::pkcs1::RsaPrivateKeyRef::from_der(der).is_err() {
        return Err(if armor::der_truncated(der) {
            truncated()
        } else {
            unreadable()
        });
    }
    private_key::check_rsa_size(private_key::rsa_modulus_bits(der)?)?;

    let pair = RsaKeyPair::from_der(der).map_err(|_| unreadable())?;
    let pkcs8 = Zeroizing::new(pair.as_der().map_err(|_| unreadable())?.as_ref().to_vec());
    PrivateKey::from_pkcs8_der(&pkcs8)
}

/// SEC1 `ECPrivateKey`: the crypto library reads it for each supported curve in turn (it checks
/// the curve the key names), then re-wraps it as PKCS#8.
fn from_sec1(der: &[u8]) -> Result<PrivateKey> {
    let loaded = [
        &ECDSA_P256_SHA256_ASN1_SIGNING,
        &ECDSA_P384_SHA384_ASN1_SIGNING,
        &ECDSA_P521_SHA512_ASN1_SIGNING,
    ]
    .into_iter()
    .find_map(|algorithm| EcdsaKeyPair::from_private_key_der(algorithm, der).ok());

    let Some(pair) = loaded else {
        if der
            .windows(SECP256K1_OID_DER.len())
            .any(|w| w == SECP256K1_OID_DER)
        {
            return Err(Error::rejected(
                "key.unsupported_curve",
                "the EC key uses the curve secp256k1, which CAs do not accept; use P-256 or P-384",
            ));
        }
        return Err(if armor::der_truncated(der) {
            truncated()
        } else {
            Error::rejected(
                "key.unreadable",
                "this is not a private key in PEM or DER form; paste the whole PEM block, from \
                 -----BEGIN to -----END",
            )
        });
    };
    let pkcs8 = Zeroizing::new(
        pair.to_pkcs8v1()
            .map_err(|_| unreadable())?
            .as_ref()
            .to_vec(),
    );
    PrivateKey::from_pkcs8_der(&pkcs8)
}

fn truncated() -> Error {
    Error::rejected(
        "key.truncated",
        "the private key is cut off; paste the whole PEM block, including the -----END line",
    )
}
