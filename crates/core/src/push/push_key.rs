//! [`PushKey`]: the reseller's push private key, ready to open pushes in constant time.

use std::fmt;

use pkcs8::PrivateKeyInfoRef;
use pkcs8::der::Decode as _;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::armor;
use super::raw_rsa::RawRsaKey;
use super::unpad::{Rejection, unpad};
use crate::error::Error;

/// Smallest push key accepted: older TrustOcean consoles were set up with 1024-bit keys.
pub const MIN_PUSH_KEY_BITS: usize = 1024;

/// Largest push key accepted.
pub const MAX_PUSH_KEY_BITS: usize = 4096;

const OID_RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";

/// The label of the first PEM block (`PRIVATE KEY`, `RSA PRIVATE KEY`, ...).
fn pem_label(text: &str) -> Option<&str> {
    let start = text.find("-----BEGIN ")? + "-----BEGIN ".len();
    let end = text[start..].find("-----")?;
    Some(&text[start..start + end])
}

/// A push private key. Opening a push never fails on the key's side: a block with wrong
/// padding yields a synthetic message (see [`super::unpad`]), so no caller, and nobody timing
/// one, learns whether decryption "worked". `Debug` shows only the size.
pub struct PushKey {
    raw: RawRsaKey,
    rejection: Rejection,
    bits: usize,
}

impl PushKey {
    /// Reads an RSA private key from PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`) PEM.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for anything else, an encrypted key, or a size outside
    /// 1024–4096 bits; the message never quotes the input.
    pub fn from_pem(private_key_pem: &str) -> Result<Self, Error> {
        let unusable = || {
            Error::invalid(
                "push private key",
                "not an unencrypted RSA private key in PKCS#8 (PRIVATE KEY) or PKCS#1 (RSA PRIVATE KEY) PEM",
            )
        };
        let block = pem::parse(private_key_pem.trim()).map_err(|_| unusable())?;
        let der = Zeroizing::new(block.into_contents());
        // Read straight into AWS-LC: a push is opened on every request, so the key is loaded
        // without building a second copy of it in another library.
        let pkcs1 = match pem_label(private_key_pem) {
            Some("RSA PRIVATE KEY") => Zeroizing::new(der.to_vec()),
            Some("PRIVATE KEY") => {
                let info = PrivateKeyInfoRef::from_der(&der).map_err(|_| unusable())?;
                if info.algorithm.oid.to_string() != OID_RSA_ENCRYPTION {
                    return Err(unusable());
                }
                Zeroizing::new(info.private_key.as_bytes().to_vec())
            }
            _ => return Err(unusable()),
        };
        let raw = RawRsaKey::from_pkcs1_der(&pkcs1).ok_or_else(unusable)?;
        let bits = raw.bits();
        if !(MIN_PUSH_KEY_BITS..=MAX_PUSH_KEY_BITS).contains(&bits) {
            return Err(Error::invalid(
                "push private key",
                format!(
                    "the key has {bits} bits; push keys must have {MIN_PUSH_KEY_BITS} to {MAX_PUSH_KEY_BITS} bits (2048 recommended)"
                ),
            ));
        }

        let secret: Zeroizing<[u8; 32]> = Zeroizing::new(Sha256::digest(&*pkcs1).into());
        Ok(Self {
            raw,
            rejection: Rejection::new(&*secret),
            bits,
        })
    }

    /// The modulus size in bits.
    pub fn bits(&self) -> usize {
        self.bits
    }

    /// Opens a push's `encrypted_data`: every block is decrypted and unpadded, whatever the
    /// earlier blocks gave, and the messages are joined.
    ///
    /// A push sealed for another key, or tampered with, gives bytes that are not the event JSON
    /// rather than an error, in the same time as a good push.
    ///
    /// # Errors
    /// [`Error::Push`] only when the text is not base64 of whole blocks of this key's size,
    /// which anyone can see without the key.
    pub fn decrypt(&self, encrypted_data: &str) -> Result<Zeroizing<Vec<u8>>, Error> {
        let size = self.raw.size();
        let blocks = armor::blocks(encrypted_data, size)?;

        let mut plaintext = Zeroizing::new(Vec::with_capacity(blocks.len() * size));
        let mut encoded = Zeroizing::new(vec![0u8; size]);
        for block in &blocks {
            // A block at or above the modulus leaves `encoded` zeroed: bad padding, like any other.
            self.raw.private_operation(block, &mut encoded);
            plaintext.extend_from_slice(&unpad(&encoded, block, &self.rejection));
        }
        Ok(plaintext)
    }
}

impl fmt::Debug for PushKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PushKey")
            .field("bits", &self.bits)
            .finish_non_exhaustive()
    }
}
