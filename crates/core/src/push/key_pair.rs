//! Push key pairs for the reseller: made here or imported, with the public key to paste into
//! the TrustOcean console.

use std::fmt;

use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _, EncodePublicKey as _, LineEnding};
use rsa::traits::PublicKeyParts as _;
use zeroize::Zeroizing;

use super::push_key::{MAX_PUSH_KEY_BITS, MIN_PUSH_KEY_BITS, PushKey};
use crate::error::Error;
use crate::key::{self, KeyKind};

/// The size the module proposes for a new push key.
pub const DEFAULT_PUSH_KEY_BITS: usize = 2048;

/// The sizes a new push key may have: 2048 and up, and 1024 for consoles that take nothing
/// larger.
pub const PUSH_KEY_SIZES: [usize; 4] = [1024, 2048, 3072, 4096];

/// A push key pair. `Debug` shows the size and the public key only.
pub struct PushKeyPair {
    /// The private key, PKCS#8 PEM: store it encrypted, never show or log it.
    pub private_key_pem: Zeroizing<String>,
    /// The public key, SPKI (`PUBLIC KEY`) PEM, for the TrustOcean console.
    pub public_key_pem: String,
    /// The modulus size in bits.
    pub bits: usize,
}

impl fmt::Debug for PushKeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PushKeyPair")
            .field("bits", &self.bits)
            .field("public_key_pem", &self.public_key_pem)
            .finish_non_exhaustive()
    }
}

/// Makes a new push key pair of `bits` (one of [`PUSH_KEY_SIZES`]).
///
/// # Errors
/// [`Error::InvalidInput`] for another size; `key.generation_failed` if the system random
/// source fails.
pub fn generate(bits: usize) -> Result<PushKeyPair, Error> {
    let private_key_pem = match bits {
        // The certificate toolkit makes no keys under 2048 bits, so the legacy size comes from
        // the RSA crate; it is fast at this size.
        1024 => {
            let key = rsa::PrivateKey::new(&mut getrandom::SysRng, 1024).map_err(|_| {
                Error::rejected(
                    "key.generation_failed",
                    "the key could not be generated: the system random source failed",
                )
            })?;
            Zeroizing::new(
                key.to_pkcs8_pem(LineEnding::LF)
                    .map_err(|_| unusable())?
                    .to_string(),
            )
        }
        2048 | 3072 | 4096 => key::generate(KeyKind::Rsa { bits: bits as u32 })?.to_pkcs8_pem(),
        other => {
            return Err(Error::invalid(
                "push key size",
                format!(
                    "{other} bits is not offered; choose 2048 (recommended), 3072, 4096, or 1024 for an old console"
                ),
            ));
        }
    };
    import(&private_key_pem)
}

/// Checks a private key the reseller already has (PKCS#8 or PKCS#1 PEM, 1024 to 4096 bits)
/// and gives it back as PKCS#8 with its public key.
///
/// # Errors
/// [`Error::InvalidInput`] naming what is wrong; the message never quotes the key.
pub fn import(private_key_pem: &str) -> Result<PushKeyPair, Error> {
    let usable = PushKey::from_pem(private_key_pem)?;
    let pem = private_key_pem.trim();
    let parsed = rsa::PrivateKey::from_pkcs8_pem(pem)
        .or_else(|_| rsa::PrivateKey::from_pkcs1_pem(pem))
        .map_err(|_| unusable())?;
    debug_assert!((MIN_PUSH_KEY_BITS..=MAX_PUSH_KEY_BITS).contains(&(parsed.size() * 8)));

    let public_key_pem = parsed
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .map_err(|_| unusable())?;
    let private_key_pem = Zeroizing::new(
        parsed
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|_| unusable())?
            .to_string(),
    );
    Ok(PushKeyPair {
        private_key_pem,
        public_key_pem,
        bits: usable.bits(),
    })
}

fn unusable() -> Error {
    Error::invalid("push private key", "the key cannot be encoded")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::push::{decrypt_with, encrypt};

    #[test]
    fn generated_pairs_open_their_own_pushes() {
        for bits in [1024, 2048] {
            let pair = generate(bits).expect("generates");
            assert_eq!(pair.bits, bits);
            assert!(
                pair.public_key_pem
                    .starts_with("-----BEGIN PUBLIC KEY-----")
            );
            assert!(
                pair.private_key_pem
                    .starts_with("-----BEGIN PRIVATE KEY-----")
            );
            assert!(!format!("{pair:?}").contains("PRIVATE"));

            let sealed =
                encrypt(&pair.public_key_pem, b"{\"type\":\"cert_issued\"}").expect("seals");
            let key = PushKey::from_pem(&pair.private_key_pem).expect("loads");
            assert_eq!(
                &*decrypt_with(&key, &sealed).expect("opens"),
                b"{\"type\":\"cert_issued\"}"
            );
        }
    }

    #[test]
    fn sizes_outside_the_offer_are_refused_with_the_choices() {
        let error = generate(512).expect_err("too small");
        assert!(error.to_string().contains("2048 (recommended)"), "{error}");
        assert!(generate(8192).is_err());
    }

    #[test]
    fn import_normalises_pkcs1_to_pkcs8_and_refuses_junk() {
        let pair = generate(1024).expect("generates");
        let parsed = rsa::PrivateKey::from_pkcs8_pem(&pair.private_key_pem).expect("parses");
        let pkcs1 =
            rsa::pkcs1::EncodeRsaPrivateKey::to_pkcs1_pem(&parsed, LineEnding::LF).expect("pkcs1");
        let imported = import(&pkcs1).expect("imports");
        assert_eq!(imported.public_key_pem, pair.public_key_pem);
        assert_eq!(*imported.private_key_pem, *pair.private_key_pem);

        for junk in [
            "",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            &pair.public_key_pem,
        ] {
            let error = import(junk).expect_err("refused");
            assert!(matches!(error, Error::InvalidInput { .. }), "{error}");
        }
    }
}
