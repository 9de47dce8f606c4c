//! Password protection of PKCS#8 keys (PBES2), both ways.

use pkcs8::{
    EncryptedPrivateKeyInfoRef, PrivateKeyInfoRef,
    der::Decode,
    pkcs5::{self, pbes2},
};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// PEM label of an encrypted PKCS#8 key.
pub(crate) const ENCRYPTED_PEM_LABEL: &str = "ENCRYPTED PRIVATE KEY";

/// PBKDF2-HMAC-SHA256 rounds for keys this crate encrypts: OWASP's current recommendation.
/// Costs a few hundred milliseconds per encryption or decryption, once per download.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// Encrypts a PKCS#8 `PrivateKeyInfo` with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, random
/// 16-byte salt and IV) into an `EncryptedPrivateKeyInfo` (DER).
pub(crate) fn encrypt_pkcs8(pkcs8: &[u8], password: &str) -> Result<Vec<u8>> {
    if password.is_empty() {
        return Err(Error::rejected(
            "key.password_empty",
            "the password for the private key is empty; give a password or none at all",
        ));
    }

    let mut salt = [0u8; 16];
    let mut iv = [0u8; 16];
    aws_lc_rs::rand::fill(&mut salt).map_err(|_| encryption_failed())?;
    aws_lc_rs::rand::fill(&mut iv).map_err(|_| encryption_failed())?;
    let parameters =
        pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(PBKDF2_ITERATIONS, &salt, iv)
            .map_err(|_| encryption_failed())?;

    let info = PrivateKeyInfoRef::from_der(pkcs8).map_err(|_| encryption_failed())?;
    let encrypted = info
        .encrypt_with_params(parameters, password)
        .map_err(|_| encryption_failed())?;
    Ok(encrypted.as_bytes().to_vec())
}

/// Decrypts an `EncryptedPrivateKeyInfo` (DER) into the PKCS#8 `PrivateKeyInfo` it holds.
///
/// A wrong password shows up either as bad padding or, rarely, as padding that happens to be
/// valid around garbage; both give `key.wrong_password`.
pub(crate) fn decrypt_pkcs8(der: &[u8], password: Option<&str>) -> Result<Zeroizing<Vec<u8>>> {
    // The outer structure decodes only for PBES2; PKCS#12-style schemes (PBE-SHA1-3DES, RC2)
    // carry other algorithm identifiers and land here.
    let info = EncryptedPrivateKeyInfoRef::from_der(der).map_err(|_| unsupported_scheme())?;
    let Some(password) = password.filter(|p| !p.is_empty()) else {
        return Err(Error::rejected(
            "key.password_required",
            "the private key is encrypted; give its password",
        ));
    };

    let mut buffer = Zeroizing::new(info.encrypted_data.as_bytes().to_vec());
    let plain = match info
        .encryption_algorithm
        .decrypt_in_place(password, buffer.as_mut_slice())
    {
        Ok(plain) => Zeroizing::new(plain.to_vec()),
        Err(pkcs5::Error::DecryptFailed) => return Err(wrong_password()),
        Err(_) => return Err(unsupported_scheme()),
    };

    if PrivateKeyInfoRef::from_der(&plain).is_err() {
        return Err(wrong_password());
    }
    Ok(plain)
}

fn wrong_password() -> Error {
    Error::rejected(
        "key.wrong_password",
        "the password does not open the private key",
    )
}

fn unsupported_scheme() -> Error {
    Error::rejected(
        "key.unsupported_encryption",
        "the private key is encrypted with a scheme that is not supported; re-export it as \
         PKCS#8 with AES-256 (openssl pkcs8 -topk8 -v2 aes-256-cbc)",
    )
}

fn encryption_failed() -> Error {
    Error::rejected(
        "key.encryption_failed",
        "the private key could not be encrypted",
    )
}
