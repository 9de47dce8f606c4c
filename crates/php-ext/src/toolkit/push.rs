//! `TrustOcean\Push`: read TrustOcean's push notifications, and make the key pair they are
//! sealed with.
//!
//! A push only ever names an order to fetch again: `read()` gives that order id and nothing the
//! push says about it. Opening a push takes the same time and gives the same kind of answer
//! whether the padding was right or not, so the receiver is no decryption oracle.

#![allow(non_snake_case)]

use ext_php_rs::binary_slice::BinarySlice;
use ext_php_rs::{
    boxed::ZBox, exception::PhpResult, flags::ClassFlags, prelude::*, types::ZendHashTable,
};
use trustocean_core::push::{self, PushKeyPair, Reading};

use crate::error_map;
use crate::sensitive::{self, SensitiveParameters};

/// `TrustOcean\Push`: push notifications.
#[php_class]
#[php(name = "TrustOcean\\Push")]
#[php(flags = ClassFlags::Final)]
pub struct Push;

#[php_impl]
impl Push {
    /// Largest body `read()` looks at, in bytes; refuse bigger requests before reading them.
    pub const MAX_BODY: i64 = push::MAX_PUSH_BODY as i64;

    /// The key size `generateKeyPair()` uses unless told otherwise.
    pub const DEFAULT_KEY_BITS: i64 = push::DEFAULT_PUSH_KEY_BITS as i64;

    /// Reads a push request body (form or JSON). Returns `['result' => 'hint', 'trustocean_id'
    /// => int, 'event' => string, 'encrypted' => bool]` when it names an order, `['result' =>
    /// 'no_key']` when it is encrypted and `$privateKey` is null, and `['result' =>
    /// 'unreadable']` for anything else: not a push, sealed for another key, tampered with.
    /// Throws only for an unusable `$privateKey`.
    #[php(defaults(contentType = "\"application/x-www-form-urlencoded\""))]
    pub fn read(
        privateKey: Option<String>,
        body: BinarySlice<'_, u8>,
        contentType: String,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        // The worker keeps the last key loaded: pushes arrive one after another with the same key.
        let key = privateKey
            .as_deref()
            .map(push::cached)
            .transpose()
            .map_err(|e| error_map::core_error(&e, privateKey.as_deref()))?;

        let mut array = ZendHashTable::new();
        match push::read(key.as_deref(), &body, &contentType) {
            Reading::Hint(hint) => {
                array.insert("result", "hint")?;
                array.insert(
                    "trustocean_id",
                    i64::try_from(hint.trustocean_id).unwrap_or(i64::MAX),
                )?;
                array.insert("event", hint.event)?;
                array.insert("encrypted", hint.encrypted)?;
            }
            Reading::NoKey => array.insert("result", "no_key")?,
            Reading::Unreadable => array.insert("result", "unreadable")?,
        }
        Ok(array)
    }

    /// Makes a push key pair: `['privateKey' => PKCS#8 PEM, 'publicKey' => SPKI PEM, 'bits' =>
    /// int]`. `$bits`: 2048 (default), 3072, 4096, or 1024 for consoles that take no larger key.
    /// Store the private key encrypted; paste the public key into the TrustOcean console.
    #[php(defaults(bits = 2048))]
    pub fn generateKeyPair(bits: i64) -> PhpResult<ZBox<ZendHashTable>> {
        let bits = usize::try_from(bits).unwrap_or(0);
        let pair = push::generate(bits).map_err(|e| error_map::core_error(&e, None))?;
        key_pair_array(&pair)
    }

    /// Checks a push private key the reseller already has (PKCS#8 or PKCS#1 PEM, 1024 to 4096
    /// bits) and returns it as `generateKeyPair()` does, the private key as PKCS#8.
    pub fn importKey(privateKey: String) -> PhpResult<ZBox<ZendHashTable>> {
        let pair =
            push::import(&privateKey).map_err(|e| error_map::core_error(&e, Some(&privateKey)))?;
        key_pair_array(&pair)
    }

    /// Seals `$plaintext` (the event JSON) as TrustOcean does, for the holder of the private key
    /// matching `$publicKey`: to test a receiver.
    pub fn encrypt(publicKey: String, plaintext: BinarySlice<'_, u8>) -> PhpResult<String> {
        push::encrypt(&publicKey, &plaintext).map_err(|e| error_map::core_error(&e, None))
    }
}

fn key_pair_array(pair: &PushKeyPair) -> PhpResult<ZBox<ZendHashTable>> {
    let mut array = ZendHashTable::new();
    array.insert("privateKey", pair.private_key_pem.as_str())?;
    array.insert("publicKey", pair.public_key_pem.as_str())?;
    array.insert("bits", i64::try_from(pair.bits).unwrap_or_default())?;
    Ok(array)
}

impl SensitiveParameters for Push {
    /// The private keys of `read()` and `importKey()`.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] =
        &[("read", &[0]), ("importKey", &[0])];
}

/// Registers `TrustOcean\Push`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Push>()
}
