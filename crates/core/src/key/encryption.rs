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

/// Most PBKDF2 rounds a key file may ask for. The file names its own cost, so without a limit
/// an upload asking for four billion rounds keeps a PHP worker busy for half an hour. This is
/// above OWASP's recommendation for every PBKDF2 hash (1.3 million for SHA-1) and far above
/// what OpenSSL writes (2,048), and costs under a second.
const MAX_PBKDF2_ITERATIONS: u32 = 2_000_000;

/// Most memory scrypt may take for one key: OpenSSL's own default limit (32 MiB), so every
/// key OpenSSL can open opens here too. Without it a key file can ask for terabytes, and the
/// failed allocation aborts the process.
const MAX_SCRYPT_MEMORY: u128 = 32 * 1024 * 1024;

/// Most scrypt work (N·r·p, 2^21) a key file may ask for: sixteen times OpenSSL's default
/// (N = 2^14, r = 8, p = 1), under a second. The memory limit alone does not bound the time:
/// p repeats the memory-hard step up to 65,535 times.
const MAX_SCRYPT_WORK: u128 = 1 << 21;

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
    if let Some(parameters) = info.encryption_algorithm.pbes2() {
        check_kdf_cost(&parameters.kdf)?;
    }

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

/// Refuses key derivation parameters that would take too long or too much memory, before any
/// work is done; also the scrypt costs below 2, which the PKCS#5 library panics on.
fn check_kdf_cost(kdf: &pbes2::Kdf) -> Result<()> {
    let affordable = match kdf {
        pbes2::Kdf::Pbkdf2(params) => params.iteration_count <= MAX_PBKDF2_ITERATIONS,
        pbes2::Kdf::Scrypt(params) => {
            let n = u128::from(params.cost_parameter);
            let r = u128::from(params.block_size);
            let p = u128::from(params.parallelization);
            // scrypt's working memory is 128·r·(N + p) bytes (its V and B arrays).
            params.cost_parameter >= 2
                && params.cost_parameter.is_power_of_two()
                && 128 * r * (n + p) <= MAX_SCRYPT_MEMORY
                && n * r * p <= MAX_SCRYPT_WORK
        }
        // A derivation added to the library later: its cost is not known here.
        _ => false,
    };
    if affordable {
        return Ok(());
    }
    Err(Error::rejected(
        "key.unsupported_encryption",
        "the private key's password protection asks for more work or memory than a key may \
         take; re-export it as PKCS#8 with AES-256 (openssl pkcs8 -topk8 -v2 aes-256-cbc)",
    ))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A DER TLV (lengths up to 255 bytes are all these keys need).
    fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        match u8::try_from(body.len()) {
            Ok(len) if len < 0x80 => out.push(len),
            Ok(len) => out.extend([0x81, len]),
            Err(_) => unreachable!("test structures are small"),
        }
        out.extend_from_slice(body);
        out
    }

    fn integer(value: u64) -> Vec<u8> {
        let bytes = value.to_be_bytes();
        let start = bytes.iter().position(|b| *b != 0).unwrap_or(7);
        let mut body = bytes[start..].to_vec();
        if body[0] & 0x80 != 0 {
            body.insert(0, 0);
        }
        tlv(0x02, &body)
    }

    /// An encrypted key whose key derivation is `kdf` (OID and parameters, DER) and whose
    /// cipher is AES-256-CBC.
    fn encrypted_key(kdf_oid: &[u8], kdf_params: &[u8]) -> Vec<u8> {
        const PBES2: [u8; 9] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
        const AES_256_CBC: [u8; 9] = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a];
        let kdf = tlv(0x30, &[tlv(0x06, kdf_oid), tlv(0x30, kdf_params)].concat());
        let cipher = tlv(
            0x30,
            &[tlv(0x06, &AES_256_CBC), tlv(0x04, &[0; 16])].concat(),
        );
        let scheme = tlv(
            0x30,
            &[tlv(0x06, &PBES2), tlv(0x30, &[kdf, cipher].concat())].concat(),
        );
        tlv(0x30, &[scheme, tlv(0x04, &[0x11; 32])].concat())
    }

    fn scrypt_key(n: u64, r: u64, p: u64) -> Vec<u8> {
        const SCRYPT: [u8; 9] = [0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x04, 0x0b];
        let params = [tlv(0x04, b"saltsalt"), integer(n), integer(r), integer(p)].concat();
        encrypted_key(&SCRYPT, &params)
    }

    fn pbkdf2_key(iterations: u64) -> Vec<u8> {
        const PBKDF2: [u8; 9] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c];
        const HMAC_SHA256: [u8; 8] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x09];
        let prf = tlv(0x30, &[tlv(0x06, &HMAC_SHA256), tlv(0x05, &[])].concat());
        let params = [tlv(0x04, b"saltsalt"), integer(iterations), prf].concat();
        encrypted_key(&PBKDF2, &params)
    }

    fn code(der: &[u8]) -> Option<&'static str> {
        decrypt_pkcs8(der, Some("pw"))
            .expect_err("refused")
            .reason_code()
    }

    #[test]
    fn costs_a_key_cannot_afford_are_refused_before_any_work() {
        for der in [
            scrypt_key(0, 8, 1),
            scrypt_key(1, 8, 1),
            scrypt_key(1 << 40, 8, 1),
            scrypt_key(1 << 15, 8, 1),
            scrypt_key(1 << 14, 8, 65_535),
            pbkdf2_key(4_000_000_000),
            pbkdf2_key(u64::from(MAX_PBKDF2_ITERATIONS) + 1),
        ] {
            assert_eq!(code(&der), Some("key.unsupported_encryption"));
        }
    }

    #[test]
    fn costs_openssl_writes_are_tried() {
        // The derivation runs and the (made-up) ciphertext does not decrypt.
        for der in [scrypt_key(1 << 14, 8, 1), pbkdf2_key(2048)] {
            assert_eq!(code(&der), Some("key.wrong_password"));
        }
    }
}
