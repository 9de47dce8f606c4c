//! New key pairs, from the crypto library's system random source.

use aws_lc_rs::{
    encoding::AsDer,
    rsa::{KeyPair as RsaKeyPair, KeySize},
    signature::{ECDSA_P256_SHA256_ASN1_SIGNING, ECDSA_P384_SHA384_ASN1_SIGNING, EcdsaKeyPair},
};
use zeroize::Zeroizing;

use super::{Curve, KeyKind, PrivateKey};
use crate::error::{Error, Result};

/// Generates a new private key: RSA 2048, 3072 or 4096 bits, or ECDSA P-256 or P-384 (the
/// kinds in [`KeyKind::GENERATED`]). The key exists only in the returned value.
///
/// # Errors
/// `key.unsupported_type` for any other kind; `key.generation_failed` if the system random
/// source fails.
pub fn generate(kind: KeyKind) -> Result<PrivateKey> {
    let pkcs8 = match kind {
        KeyKind::Rsa { bits: 2048 } => rsa_pkcs8(KeySize::Rsa2048)?,
        KeyKind::Rsa { bits: 3072 } => rsa_pkcs8(KeySize::Rsa3072)?,
        KeyKind::Rsa { bits: 4096 } => rsa_pkcs8(KeySize::Rsa4096)?,
        KeyKind::Ec(Curve::P256) => ec_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING)?,
        KeyKind::Ec(Curve::P384) => ec_pkcs8(&ECDSA_P384_SHA384_ASN1_SIGNING)?,
        other => {
            return Err(Error::rejected(
                "key.unsupported_type",
                format!(
                    "{other} keys are not generated; choose RSA 2048, 3072 or 4096, or ECDSA P-256 or P-384"
                ),
            ));
        }
    };
    PrivateKey::from_pkcs8_der(&pkcs8)
}

fn rsa_pkcs8(size: KeySize) -> Result<Zeroizing<Vec<u8>>> {
    let pair = RsaKeyPair::generate(size).map_err(|_| failed())?;
    let der = pair.as_der().map_err(|_| failed())?;
    Ok(Zeroizing::new(der.as_ref().to_vec()))
}

fn ec_pkcs8(
    algorithm: &'static aws_lc_rs::signature::EcdsaSigningAlgorithm,
) -> Result<Zeroizing<Vec<u8>>> {
    let pair = EcdsaKeyPair::generate(algorithm).map_err(|_| failed())?;
    let der = pair.to_pkcs8v1().map_err(|_| failed())?;
    Ok(Zeroizing::new(der.as_ref().to_vec()))
}

fn failed() -> Error {
    Error::rejected(
        "key.generation_failed",
        "the key could not be generated: the system random source failed",
    )
}
