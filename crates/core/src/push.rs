//! The TrustOcean push codec: RSA PKCS#1 v1.5 block encryption of the pushed JSON.
//!
//! TrustOcean encrypts the event JSON with the reseller's push public key, one RSA block at a
//! time (plaintext block = key bytes − 11), base64-encodes each ciphertext block and joins the
//! chunks between `-----BEGIN/END TRUSTOCEAN ENCRYPTED DATA-----` lines. Receivers in the wild
//! parse it two ways (per-block base64 chunks, or one base64 of all blocks); [`decrypt`] accepts
//! both, with or without the marker lines.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs1::{DecodeRsaPrivateKey as _, DecodeRsaPublicKey as _};
use rsa::pkcs8::{DecodePrivateKey as _, DecodePublicKey as _};
use rsa::traits::PublicKeyParts as _;
use rsa::{PrivateKey, PublicKey};

use crate::error::Error;

/// First line of an encrypted push payload.
pub const BEGIN_MARKER: &str = "-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----";

/// Last line of an encrypted push payload.
pub const END_MARKER: &str = "-----END TRUSTOCEAN ENCRYPTED DATA-----";

/// PKCS#1 v1.5 encryption padding overhead in bytes.
const PKCS1_OVERHEAD: usize = 11;

fn invalid_public_key() -> Error {
    Error::invalid(
        "push public key",
        "not an RSA public key in SPKI (PUBLIC KEY) or PKCS#1 (RSA PUBLIC KEY) PEM",
    )
}

fn invalid_private_key() -> Error {
    Error::invalid(
        "push private key",
        "not an RSA private key in PKCS#8 (PRIVATE KEY) or PKCS#1 (RSA PRIVATE KEY) PEM",
    )
}

fn push_error(reason: impl Into<String>) -> Error {
    Error::Push {
        reason: reason.into(),
    }
}

/// Parses an RSA public key from SPKI (`PUBLIC KEY`) or PKCS#1 (`RSA PUBLIC KEY`) PEM.
pub fn parse_public_key(public_key_pem: &str) -> Result<PublicKey, Error> {
    PublicKey::from_public_key_pem(public_key_pem.trim())
        .or_else(|_| PublicKey::from_pkcs1_pem(public_key_pem.trim()))
        .map_err(|_| invalid_public_key())
}

/// Parses an RSA private key from PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`) PEM.
pub fn parse_private_key(private_key_pem: &str) -> Result<PrivateKey, Error> {
    PrivateKey::from_pkcs8_pem(private_key_pem.trim())
        .or_else(|_| PrivateKey::from_pkcs1_pem(private_key_pem.trim()))
        .map_err(|_| invalid_private_key())
}

/// Encrypts `plaintext` (the event JSON) for the holder of the private key matching
/// `public_key_pem`, in the TrustOcean push format: marker line, concatenated per-block
/// base64 chunks (172 characters each for RSA-1024), marker line, separated by `\n`.
pub fn encrypt(public_key_pem: &str, plaintext: &[u8]) -> Result<String, Error> {
    let key = parse_public_key(public_key_pem)?;
    let chunk_size = key.size() - PKCS1_OVERHEAD;

    let mut body = String::new();
    for chunk in plaintext.chunks(chunk_size) {
        let block = key
            .pkcs1v15_encrypt(chunk)
            .map_err(|_| push_error("RSA encryption failed"))?;
        body.push_str(&STANDARD.encode(block));
    }

    Ok(format!("{BEGIN_MARKER}\n{body}\n{END_MARKER}"))
}

/// Decrypts a push `encrypted_data` value with the reseller's private key (PKCS#8 or PKCS#1 PEM).
///
/// Accepts the marker lines or not, any whitespace, and either per-block base64 chunks or one
/// base64 string of all ciphertext blocks.
pub fn decrypt(private_key_pem: &str, encrypted_data: &str) -> Result<Vec<u8>, Error> {
    let key = parse_private_key(private_key_pem)?;
    let block_size = key.size();

    let compact: String = encrypted_data
        .replace(BEGIN_MARKER, "")
        .replace(END_MARKER, "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();

    let blocks = split_blocks(&compact, block_size)?;

    let mut plaintext = Vec::new();
    for block in blocks {
        let part = key
            .pkcs1v15_decrypt(&block)
            .map_err(|_| push_error("RSA decryption failed: the wrong private key, or data that was not encrypted for it"))?;
        plaintext.extend_from_slice(&part);
    }
    Ok(plaintext)
}

/// Splits the base64 text into ciphertext blocks, trying the per-block chunking first.
fn split_blocks(compact: &str, block_size: usize) -> Result<Vec<Vec<u8>>, Error> {
    let malformed = || {
        push_error(format!(
            "the encrypted data is not base64 of whole {block_size}-byte blocks"
        ))
    };
    if compact.is_empty() {
        return Err(malformed());
    }

    // Per-block chunks: each chunk is the padded base64 of exactly one block.
    let chunk_len = block_size.div_ceil(3) * 4;
    if compact.len().is_multiple_of(chunk_len) {
        let per_chunk: Option<Vec<Vec<u8>>> = compact
            .as_bytes()
            .chunks(chunk_len)
            .map(|chunk| {
                STANDARD
                    .decode(chunk)
                    .ok()
                    .filter(|block| block.len() == block_size)
            })
            .collect();
        if let Some(blocks) = per_chunk {
            return Ok(blocks);
        }
    }

    // Otherwise one base64 string of all blocks.
    let whole = STANDARD.decode(compact).map_err(|_| malformed())?;
    if whole.is_empty() || !whole.len().is_multiple_of(block_size) {
        return Err(malformed());
    }
    Ok(whole.chunks(block_size).map(<[u8]>::to_vec).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rsa::pkcs1::EncodeRsaPrivateKey as _;
    use rsa::pkcs8::{EncodePrivateKey as _, EncodePublicKey as _, LineEnding};

    fn key_pair(bits: usize) -> (String, String, String) {
        let private =
            PrivateKey::new(&mut getrandom::SysRng, bits).expect("RSA key generation works");
        let pkcs8 = private
            .to_pkcs8_pem(LineEnding::LF)
            .expect("PKCS#8 encodes")
            .to_string();
        let pkcs1 = private
            .to_pkcs1_pem(LineEnding::LF)
            .expect("PKCS#1 encodes")
            .to_string();
        let public = private
            .to_public_key()
            .to_public_key_pem(LineEnding::LF)
            .expect("SPKI encodes");
        (public, pkcs8, pkcs1)
    }

    fn sample_json() -> Vec<u8> {
        // Long enough to need several blocks even with a 2048-bit key.
        let cert = "A".repeat(1500);
        format!(r#"{{"type":"cert_issued","trustocean_id":123,"cert_code":"{cert}"}}"#).into_bytes()
    }

    #[test]
    fn round_trip_1024_both_key_formats() {
        let (public, pkcs8, pkcs1) = key_pair(1024);
        let plaintext = sample_json();
        let encrypted = encrypt(&public, &plaintext).expect("encrypts");

        assert!(encrypted.starts_with(BEGIN_MARKER));
        assert!(encrypted.ends_with(END_MARKER));
        let body = encrypted.lines().nth(1).expect("body line");
        assert_eq!(body.len() % 172, 0, "RSA-1024 chunks are 172 characters");

        assert_eq!(decrypt(&pkcs8, &encrypted).expect("PKCS#8"), plaintext);
        assert_eq!(decrypt(&pkcs1, &encrypted).expect("PKCS#1"), plaintext);
    }

    #[test]
    fn round_trip_2048_and_whole_base64_parsing() {
        let (public, pkcs8, _) = key_pair(2048);
        let plaintext = sample_json();
        let encrypted = encrypt(&public, &plaintext).expect("encrypts");
        assert_eq!(decrypt(&pkcs8, &encrypted).expect("decrypts"), plaintext);

        // Re-encode as one base64 of all blocks, without markers, as the other SDK reads it.
        let body = encrypted.lines().nth(1).expect("body line");
        let mut raw = Vec::new();
        for chunk in body.as_bytes().chunks(344) {
            raw.extend(STANDARD.decode(chunk).expect("chunk decodes"));
        }
        let whole = STANDARD.encode(&raw);
        assert_eq!(decrypt(&pkcs8, &whole).expect("whole base64"), plaintext);
    }

    #[test]
    fn errors_do_not_leak_keys() {
        let (public, pkcs8, _) = key_pair(1024);
        assert!(matches!(
            decrypt("not a key", "AAAA"),
            Err(Error::InvalidInput { ref field, .. }) if field == "push private key"
        ));
        assert!(matches!(
            encrypt("not a key", b"{}"),
            Err(Error::InvalidInput { ref field, .. }) if field == "push public key"
        ));
        let err = decrypt(&pkcs8, "!!!").expect_err("garbage is rejected");
        assert!(!err.to_string().contains("PRIVATE"));
        assert!(encrypt(&public, b"").is_ok());
    }
}
