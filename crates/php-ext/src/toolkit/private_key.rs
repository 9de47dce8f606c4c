//! `TrustOcean\PrivateKey`: generate and inspect private keys, and check one against a CSR.
//!
//! Static methods only; keys exist only for the length of a call. Messages never contain a key
//! or a password (the password is also scrubbed from any message, should one ever echo it).

#![allow(non_snake_case)]

use ext_php_rs::binary_slice::BinarySlice;
use ext_php_rs::{
    boxed::ZBox, exception::PhpResult, flags::ClassFlags, prelude::*, types::ZendHashTable,
};
use trustocean_core::{
    csr,
    key::{self, KeyKind},
};

use crate::error_map;
use crate::sensitive::{self, SensitiveParameters};

/// `TrustOcean\PrivateKey`: private keys.
#[php_class]
#[php(name = "TrustOcean\\PrivateKey")]
#[php(flags = ClassFlags::Final)]
pub struct PrivateKey;

#[php_impl]
impl PrivateKey {
    /// Generates a key (`rsa2048`, `rsa3072`, `rsa4096`, `ec-p256`, `ec-p384`) and returns it
    /// as PKCS#8 PEM, encrypted (PBES2, AES-256-CBC) when a password is given.
    #[php(defaults(keyType = "\"rsa2048\""))]
    pub fn generate(keyType: String, password: Option<String>) -> PhpResult<String> {
        let secret = password.as_deref();
        let kind = KeyKind::from_name(&keyType).map_err(|e| error_map::core_error(&e, secret))?;
        let key = key::generate(kind).map_err(|e| error_map::core_error(&e, secret))?;
        let pem = match secret {
            Some(password) => key.to_pkcs8_encrypted_pem(password),
            None => Ok(key.to_pkcs8_pem()),
        }
        .map_err(|e| error_map::core_error(&e, secret))?;
        Ok(pem.as_str().to_owned())
    }

    /// Describes a key (PEM or DER; PKCS#8, encrypted PKCS#8, PKCS#1 or SEC1): `type`
    /// (`rsa`/`ec`), `bits`, `curve`, `name` (`rsa2048`, `ec-p256`) and `public_key_sha256`.
    pub fn inspect(
        key: BinarySlice<'_, u8>,
        password: Option<String>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let secret = password.as_deref();
        let key = key::parse(&key, secret).map_err(|e| error_map::core_error(&e, secret))?;
        let kind = key.kind();

        let mut array = ZendHashTable::new();
        array.insert("type", kind.algorithm())?;
        array.insert("bits", i64::from(key.bits()))?;
        match kind.curve() {
            Some(curve) => array.insert("curve", curve.name())?,
            None => array.insert("curve", ())?,
        }
        array.insert("name", kind.name())?;
        array.insert("public_key_sha256", key.public_key_sha256())?;
        Ok(array)
    }

    /// Whether the key is the one the CSR was made with.
    pub fn matches_csr(
        key: BinarySlice<'_, u8>,
        csr: BinarySlice<'_, u8>,
        password: Option<String>,
    ) -> PhpResult<bool> {
        let secret = password.as_deref();
        let key = key::parse(&key, secret).map_err(|e| error_map::core_error(&e, secret))?;
        let request = csr::parse(&csr).map_err(|e| error_map::core_error(&e, secret))?;
        Ok(key.matches_public_key(&request.public_key_spki_der))
    }
}

impl SensitiveParameters for PrivateKey {
    /// The keys and passwords of `generate()`, `inspect()` and `matchesCsr()`.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[
        ("generate", &[1]),
        ("inspect", &[0, 1]),
        ("matchesCsr", &[0, 2]),
    ];
}

/// Registers `TrustOcean\PrivateKey`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<PrivateKey>()
}
