//! Checking a CSR's self-signature with its own public key, for every algorithm seen in the
//! wild, including the weak ones the lint then reports (MD5, SHA-1, RSA-1024).

use aws_lc_rs::{digest, signature as lc};
use md5::{Digest as _, Md5};
use rsa::{Pkcs1v15Sign, pkcs8::DecodePublicKey};

use super::model::{HashAlgorithm, SignatureCheck};

/// `DigestInfo` prefixes of PKCS#1 v1.5 signatures (RFC 8017 §9.2, note 1).
fn digest_info_prefix(hash: HashAlgorithm) -> &'static [u8] {
    match hash {
        HashAlgorithm::Md5 => &[
            0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x05,
            0x05, 0x00, 0x04, 0x10,
        ],
        HashAlgorithm::Sha1 => &[
            0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04,
            0x14,
        ],
        HashAlgorithm::Sha224 => &[
            0x30, 0x2d, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
            0x04, 0x05, 0x00, 0x04, 0x1c,
        ],
        HashAlgorithm::Sha256 => &[
            0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
            0x01, 0x05, 0x00, 0x04, 0x20,
        ],
        HashAlgorithm::Sha384 => &[
            0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
            0x02, 0x05, 0x00, 0x04, 0x30,
        ],
        HashAlgorithm::Sha512 => &[
            0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
            0x03, 0x05, 0x00, 0x04, 0x40,
        ],
    }
}

fn hash(hash: HashAlgorithm, data: &[u8]) -> Vec<u8> {
    let algorithm = match hash {
        HashAlgorithm::Md5 => return Md5::digest(data).to_vec(),
        HashAlgorithm::Sha1 => &digest::SHA1_FOR_LEGACY_USE_ONLY,
        HashAlgorithm::Sha224 => &digest::SHA224,
        HashAlgorithm::Sha256 => &digest::SHA256,
        HashAlgorithm::Sha384 => &digest::SHA384,
        HashAlgorithm::Sha512 => &digest::SHA512,
    };
    digest::digest(algorithm, data).as_ref().to_vec()
}

/// RSA PKCS#1 v1.5 with any digest and any modulus from 1024 to 8192 bits. Written on the rsa
/// crate because the usual verifiers refuse MD5 and short keys outright, and a lint needs to
/// know whether such a CSR is intact before saying what else is wrong with it.
pub(crate) fn verify_rsa(
    spki_der: &[u8],
    digest: HashAlgorithm,
    message: &[u8],
    signature: &[u8],
) -> SignatureCheck {
    let Ok(public_key) = rsa::PublicKey::from_public_key_der(spki_der) else {
        return SignatureCheck::Unchecked;
    };
    let hashed = hash(digest, message);
    let scheme = Pkcs1v15Sign {
        hash_len: Some(hashed.len()),
        prefix: digest_info_prefix(digest).into(),
    };
    match public_key.verify(scheme, &hashed, signature) {
        Ok(()) => SignatureCheck::Valid,
        Err(_) => SignatureCheck::Invalid,
    }
}

/// ECDSA (DER signature) on the curves the crypto library knows, with the digest the CSR names.
pub(crate) fn verify_ecdsa(
    curve: &str,
    digest: HashAlgorithm,
    point: &[u8],
    message: &[u8],
    signature: &[u8],
) -> SignatureCheck {
    let algorithm: &'static lc::EcdsaVerificationAlgorithm = match (curve, digest) {
        ("P-256", HashAlgorithm::Sha1) => &lc::ECDSA_P256_SHA1_ASN1,
        ("P-256", HashAlgorithm::Sha256) => &lc::ECDSA_P256_SHA256_ASN1,
        ("P-256", HashAlgorithm::Sha384) => &lc::ECDSA_P256_SHA384_ASN1,
        ("P-256", HashAlgorithm::Sha512) => &lc::ECDSA_P256_SHA512_ASN1,
        ("P-384", HashAlgorithm::Sha256) => &lc::ECDSA_P384_SHA256_ASN1,
        ("P-384", HashAlgorithm::Sha384) => &lc::ECDSA_P384_SHA384_ASN1,
        ("P-384", HashAlgorithm::Sha512) => &lc::ECDSA_P384_SHA512_ASN1,
        ("P-521", HashAlgorithm::Sha1) => &lc::ECDSA_P521_SHA1_ASN1,
        ("P-521", HashAlgorithm::Sha256) => &lc::ECDSA_P521_SHA256_ASN1,
        ("P-521", HashAlgorithm::Sha384) => &lc::ECDSA_P521_SHA384_ASN1,
        ("P-521", HashAlgorithm::Sha512) => &lc::ECDSA_P521_SHA512_ASN1,
        ("secp256k1", HashAlgorithm::Sha256) => &lc::ECDSA_P256K1_SHA256_ASN1,
        _ => return SignatureCheck::Unchecked,
    };
    verdict(lc::UnparsedPublicKey::new(algorithm, point).verify(message, signature))
}

/// Ed25519.
pub(crate) fn verify_ed25519(point: &[u8], message: &[u8], signature: &[u8]) -> SignatureCheck {
    verdict(lc::UnparsedPublicKey::new(&lc::ED25519, point).verify(message, signature))
}

fn verdict(result: Result<(), aws_lc_rs::error::Unspecified>) -> SignatureCheck {
    match result {
        Ok(()) => SignatureCheck::Valid,
        Err(_) => SignatureCheck::Invalid,
    }
}
