//! [`PrivateKey`]: a validated RSA or ECDSA private key, held only in wiped memory.

use std::fmt;

use aws_lc_rs::{
    encoding::AsDer,
    rand::SystemRandom,
    rsa::KeyPair as RsaKeyPair,
    signature::{self, EcdsaKeyPair, EcdsaSigningAlgorithm, KeyPair as _},
};
use pkcs8::{
    PrivateKeyInfoRef,
    der::{Decode, asn1::ObjectIdentifier},
};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{
    Curve, KeyKind, armor,
    encryption::{ENCRYPTED_PEM_LABEL, encrypt_pkcs8},
};
use crate::error::{Error, Result};

/// PEM label of an unencrypted PKCS#8 key.
pub(crate) const PKCS8_PEM_LABEL: &str = "PRIVATE KEY";

/// Smallest RSA modulus accepted: CAs refuse anything shorter for TLS certificates.
pub const MIN_RSA_BITS: u32 = 2048;
/// Largest RSA modulus accepted.
pub const MAX_RSA_BITS: u32 = 8192;

const OID_RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";
const OID_EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";

/// A validated private key. The key bytes live in wiped buffers and in the crypto library's
/// own memory, which is cleansed when freed; nothing is written anywhere.
///
/// `Debug` shows only the key's kind.
pub struct PrivateKey {
    kind: KeyKind,
    pkcs8: Zeroizing<Vec<u8>>,
    spki: Vec<u8>,
    pair: Pair,
}

/// The crypto library's handle on the key, used for signing CSRs.
enum Pair {
    Rsa(RsaKeyPair),
    Ec(EcdsaKeyPair),
}

impl PrivateKey {
    /// Reads and validates an unencrypted PKCS#8 `PrivateKeyInfo` (DER). The stored copy is the
    /// crypto library's canonical re-encoding (PKCS#8 v1).
    pub(crate) fn from_pkcs8_der(der: &[u8]) -> Result<Self> {
        let info = PrivateKeyInfoRef::from_der(der).map_err(|_| unreadable())?;
        let algorithm = info.algorithm.oid.to_string();

        match algorithm.as_str() {
            OID_RSA_ENCRYPTION => {
                let bits = rsa_modulus_bits(info.private_key.as_bytes())?;
                check_rsa_size(bits)?;
                let pair = RsaKeyPair::from_pkcs8(der).map_err(|_| inconsistent())?;
                let pkcs8 =
                    Zeroizing::new(pair.as_der().map_err(|_| inconsistent())?.as_ref().to_vec());
                Self::assemble(KeyKind::Rsa { bits }, pkcs8, Pair::Rsa(pair))
            }
            OID_EC_PUBLIC_KEY => {
                let curve_oid = info.algorithm.parameters_oid().map_err(|_| unreadable())?;
                let curve = supported_curve(&curve_oid)?;
                let pair = EcdsaKeyPair::from_pkcs8(signing_algorithm(curve), der)
                    .map_err(|_| inconsistent())?;
                let pkcs8 = Zeroizing::new(
                    pair.to_pkcs8v1()
                        .map_err(|_| inconsistent())?
                        .as_ref()
                        .to_vec(),
                );
                Self::assemble(KeyKind::Ec(curve), pkcs8, Pair::Ec(pair))
            }
            other => Err(unsupported_algorithm(other)),
        }
    }

    fn assemble(kind: KeyKind, pkcs8: Zeroizing<Vec<u8>>, pair: Pair) -> Result<Self> {
        let spki = match &pair {
            Pair::Rsa(pair) => pair.public_key().as_der().map(|d| d.as_ref().to_vec()),
            Pair::Ec(pair) => pair.public_key().as_der().map(|d| d.as_ref().to_vec()),
        }
        .map_err(|_| inconsistent())?;
        Ok(Self {
            kind,
            pkcs8,
            spki,
            pair,
        })
    }

    /// The algorithm and size or curve.
    pub fn kind(&self) -> KeyKind {
        self.kind
    }

    /// RSA modulus size, or the curve's field size, in bits.
    pub fn bits(&self) -> u32 {
        self.kind.bits()
    }

    /// The public half as a DER `SubjectPublicKeyInfo`, as found in CSRs and certificates.
    pub fn public_key_spki_der(&self) -> &[u8] {
        &self.spki
    }

    /// SHA-256 of the DER `SubjectPublicKeyInfo`, lower-case hex: the public key's fingerprint
    /// (the same as `openssl pkey -pubout -outform DER | sha256sum`).
    pub fn public_key_sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.spki))
    }

    /// Whether `spki_der` (a `SubjectPublicKeyInfo`, from a CSR or certificate) is this key's
    /// public half. Compares the algorithm and the key bits, not the exact bytes, so an
    /// equivalent encoding of the algorithm parameters still matches.
    pub fn matches_public_key(&self, spki_der: &[u8]) -> bool {
        use x509_parser::prelude::FromDer;
        use x509_parser::x509::SubjectPublicKeyInfo;

        let (Ok((_, ours)), Ok((_, theirs))) = (
            SubjectPublicKeyInfo::from_der(&self.spki),
            SubjectPublicKeyInfo::from_der(spki_der),
        ) else {
            return false;
        };
        ours.algorithm.algorithm == theirs.algorithm.algorithm
            && ours.subject_public_key.data == theirs.subject_public_key.data
    }

    /// The key as unencrypted PKCS#8 DER (`PrivateKeyInfo`), e.g. for a PKCS#12 writer.
    pub fn to_pkcs8_der(&self) -> Zeroizing<Vec<u8>> {
        self.pkcs8.clone()
    }

    /// The key as unencrypted PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`).
    pub fn to_pkcs8_pem(&self) -> Zeroizing<String> {
        armor::to_pem(PKCS8_PEM_LABEL, &self.pkcs8)
    }

    /// The key as encrypted PKCS#8 PEM (`-----BEGIN ENCRYPTED PRIVATE KEY-----`): PBES2 with
    /// PBKDF2-HMAC-SHA256 and AES-256-CBC, readable by OpenSSL, PHP and Java.
    ///
    /// # Errors
    /// `key.password_empty` for an empty password.
    pub fn to_pkcs8_encrypted_pem(&self, password: &str) -> Result<Zeroizing<String>> {
        let der = self.to_pkcs8_encrypted_der(password)?;
        Ok(armor::to_pem(ENCRYPTED_PEM_LABEL, &der))
    }

    /// The key as encrypted PKCS#8 DER (`EncryptedPrivateKeyInfo`); see
    /// [`to_pkcs8_encrypted_pem`](Self::to_pkcs8_encrypted_pem).
    ///
    /// # Errors
    /// `key.password_empty` for an empty password.
    pub fn to_pkcs8_encrypted_der(&self, password: &str) -> Result<Vec<u8>> {
        encrypt_pkcs8(&self.pkcs8, password)
    }

    /// The raw public key (PKCS#1 `RSAPublicKey` DER, or the uncompressed EC point), as the
    /// CSR writer wants it.
    pub(crate) fn public_key_raw(&self) -> &[u8] {
        match &self.pair {
            Pair::Rsa(pair) => pair.public_key().as_ref(),
            Pair::Ec(pair) => pair.public_key().as_ref(),
        }
    }

    /// Signs `message`: RSA PKCS#1 v1.5 with SHA-256, ECDSA with SHA-256 (P-256), SHA-384
    /// (P-384) or SHA-512 (P-521), DER-encoded signatures.
    pub(crate) fn sign(&self, message: &[u8]) -> Result<Vec<u8>> {
        let rng = SystemRandom::new();
        let failed = |_| Error::rejected("key.sign_failed", "signing with the private key failed");

        match &self.pair {
            Pair::Rsa(pair) => {
                let mut signature = vec![0; pair.public_modulus_len()];
                pair.sign(&signature::RSA_PKCS1_SHA256, &rng, message, &mut signature)
                    .map_err(failed)?;
                Ok(signature)
            }
            Pair::Ec(pair) => Ok(pair.sign(&rng, message).map_err(failed)?.as_ref().to_vec()),
        }
    }
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// The ECDSA signing algorithm used with each curve.
fn signing_algorithm(curve: Curve) -> &'static EcdsaSigningAlgorithm {
    match curve {
        Curve::P256 => &signature::ECDSA_P256_SHA256_ASN1_SIGNING,
        Curve::P384 => &signature::ECDSA_P384_SHA384_ASN1_SIGNING,
        Curve::P521 => &signature::ECDSA_P521_SHA512_ASN1_SIGNING,
    }
}

/// The curve named by `oid`, or why it is refused.
fn supported_curve(oid: &ObjectIdentifier) -> Result<Curve> {
    let dotted = oid.to_string();
    Curve::from_oid(&dotted).ok_or_else(|| {
        let name = match dotted.as_str() {
            "1.3.132.0.10" => "secp256k1".to_owned(),
            "1.2.840.10045.3.1.1" => "P-192".to_owned(),
            "1.3.132.0.33" => "P-224".to_owned(),
            other if other.starts_with("1.3.36.3.3.2.8.1.1.") => "Brainpool".to_owned(),
            other => format!("OID {other}"),
        };
        Error::rejected(
            "key.unsupported_curve",
            format!(
                "the EC key uses the curve {name}, which CAs do not accept; use P-256 or P-384"
            ),
        )
    })
}

/// Modulus size of a PKCS#1 `RSAPrivateKey`, read before the crypto library sees the key so that
/// short keys get their own reason code.
pub(crate) fn rsa_modulus_bits(pkcs1_der: &[u8]) -> Result<u32> {
    let key = rsa::pkcs1::RsaPrivateKeyRef::from_der(pkcs1_der).map_err(|_| unreadable())?;
    let modulus = key.modulus.as_bytes();
    let Some(&first) = modulus.first() else {
        return Err(unreadable());
    };
    let bytes = u32::try_from(modulus.len()).map_err(|_| unreadable())?;
    Ok(bytes * 8 - first.leading_zeros())
}

pub(crate) fn check_rsa_size(bits: u32) -> Result<()> {
    if bits < MIN_RSA_BITS {
        return Err(Error::rejected(
            "key.rsa_too_small",
            format!(
                "the RSA key has {bits} bits; CAs require at least {MIN_RSA_BITS}, generate a new key"
            ),
        ));
    }
    if bits > MAX_RSA_BITS {
        return Err(Error::rejected(
            "key.rsa_too_large",
            format!("the RSA key has {bits} bits; at most {MAX_RSA_BITS} are supported"),
        ));
    }
    Ok(())
}

fn unsupported_algorithm(oid: &str) -> Error {
    let name = match oid {
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        "1.2.840.10040.4.1" => "DSA",
        "1.2.840.113549.1.1.10" => "RSA-PSS",
        "1.2.840.113549.1.3.1" => "Diffie-Hellman",
        _ => "an unknown algorithm",
    };
    Error::rejected(
        "key.unsupported_type",
        format!(
            "the private key is {name} ({oid}); only RSA and ECDSA (P-256, P-384) keys are supported"
        ),
    )
}

/// The key could not be decoded at all.
pub(crate) fn unreadable() -> Error {
    Error::rejected(
        "key.unreadable",
        "the private key could not be read; paste the whole PEM block, from -----BEGIN to -----END",
    )
}

/// The key decoded but its parts do not fit together.
fn inconsistent() -> Error {
    Error::rejected(
        "key.invalid",
        "the private key is damaged: its parts do not fit together",
    )
}
