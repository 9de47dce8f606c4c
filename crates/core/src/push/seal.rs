//! Sealing a push as TrustOcean does: RSA PKCS#1 v1.5 with the reseller's public key, one block
//! per `key bytes − 11` of JSON. The sandbox sends pushes this way, and PHP developers can test
//! their own receivers with it.

use rsa::PublicKey;
use rsa::pkcs1::DecodeRsaPublicKey as _;
use rsa::pkcs8::DecodePublicKey as _;
use rsa::traits::PublicKeyParts as _;

use super::armor;
use crate::error::Error;

/// PKCS#1 v1.5 encryption padding overhead in bytes.
const PKCS1_OVERHEAD: usize = 11;

/// Parses an RSA public key from SPKI (`PUBLIC KEY`) or PKCS#1 (`RSA PUBLIC KEY`) PEM.
///
/// # Errors
/// [`Error::InvalidInput`] for anything else.
pub fn parse_public_key(public_key_pem: &str) -> Result<PublicKey, Error> {
    PublicKey::from_public_key_pem(public_key_pem.trim())
        .or_else(|_| PublicKey::from_pkcs1_pem(public_key_pem.trim()))
        .map_err(|_| {
            Error::invalid(
                "push public key",
                "not an RSA public key in SPKI (PUBLIC KEY) or PKCS#1 (RSA PUBLIC KEY) PEM",
            )
        })
}

/// Encrypts `plaintext` (the event JSON) for the holder of the private key matching
/// `public_key_pem`, in the TrustOcean push format: marker line, per-block base64 chunks (172
/// characters each for RSA-1024), marker line, separated by `\n`.
///
/// # Errors
/// [`Error::InvalidInput`] for a bad public key; [`Error::Push`] if encryption fails.
pub fn encrypt(public_key_pem: &str, plaintext: &[u8]) -> Result<String, Error> {
    let key = parse_public_key(public_key_pem)?;
    let chunk_size = key.size() - PKCS1_OVERHEAD;

    let blocks = plaintext
        .chunks(chunk_size)
        .map(|chunk| {
            key.pkcs1v15_encrypt(chunk).map_err(|_| Error::Push {
                reason: "RSA encryption failed".to_owned(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(armor::wrap(&blocks))
}
