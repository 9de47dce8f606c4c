//! PKCS#12 (`.pfx` for IIS, `.p12` keystore for Tomcat): key, leaf and chain under one
//! password, written by p12-keystore.
//!
//! The default is PBES2 (PBKDF2-SHA256, AES-256-CBC) with an HMAC-SHA256 MAC, which OpenSSL 3,
//! PHP, Java 11+ and Windows Server 2019+ read. The legacy option (3DES, HMAC-SHA1) is for
//! Windows Server 2016 and older, which cannot read AES PKCS#12 files.

use p12_keystore::{EncryptionAlgorithm, KeyStore, KeyStoreEntry, MacAlgorithm, PrivateKeyChain};
use sha1::{Digest as _, Sha1};

use crate::{
    certificate::OrderedChain,
    error::{Error, Result},
    key::PrivateKey,
};

/// Key-derivation rounds for the bags' encryption and for the MAC. Five times OpenSSL's fixed
/// 2,048 (what `openssl_pkcs12_export` writes): a PFX is mailed and copied around, and its
/// password is all that guards the private key inside. Windows, Java and OpenSSL read it alike.
const ROUNDS: u32 = 10_000;

/// How to protect the file.
pub(crate) struct Protection<'a> {
    /// The password; must not be empty.
    pub password: &'a str,
    /// 3DES/SHA-1 instead of AES-256/SHA-256.
    pub legacy: bool,
}

/// A PKCS#12 file with `key` and the whole ordered chain as one entry named `alias`.
pub(crate) fn pkcs12(
    chain: &OrderedChain,
    key: &PrivateKey,
    alias: &str,
    protection: &Protection<'_>,
) -> Result<Vec<u8>> {
    let pkcs8 = key.to_pkcs8_der();
    let entry_key = p12_keystore::PrivateKey::from_der(&pkcs8).map_err(failed)?;
    let certificates = chain
        .certificates()
        .iter()
        .map(|certificate| p12_keystore::Certificate::from_der(certificate.der()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(failed)?;

    // OpenSSL, Windows and Java pair the key with its certificate through localKeyId; the
    // certificate's SHA-1 is what OpenSSL itself uses.
    let local_key_id = Sha1::digest(chain.leaf().der()).to_vec();
    let mut store = KeyStore::new();
    store.add_entry(
        alias,
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(local_key_id, entry_key, certificates)),
    );

    let writer = store
        .writer(protection.password)
        .encryption_iterations(ROUNDS)
        .mac_iterations(ROUNDS);
    let writer = if protection.legacy {
        writer
            .encryption_algorithm(EncryptionAlgorithm::PbeWithShaAnd3KeyTripleDesCbc)
            .mac_algorithm(MacAlgorithm::HmacSha1)
    } else {
        writer
            .encryption_algorithm(EncryptionAlgorithm::PbeWithHmacSha256AndAes256)
            .mac_algorithm(MacAlgorithm::HmacSha256)
    };
    writer.write().map_err(failed)
}

fn failed(err: p12_keystore::error::Error) -> Error {
    Error::rejected(
        "bundle.pkcs12_failed",
        format!("the PKCS#12 file could not be written: {err}"),
    )
}
