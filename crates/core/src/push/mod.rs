//! TrustOcean push notifications: opening them without becoming an oracle, and reading the one
//! thing a push may be trusted for, the order it names.
//!
//! * [`PushKey`] holds the reseller's private key and opens `encrypted_data` in constant time
//!   (AWS-LC's blinded RSA, a constant-time padding check with implicit rejection, every block
//!   processed whatever the others gave); [`cached`] keeps the last one loaded.
//! * [`read`] turns a request body into a [`Reading`]: the [`Hint`] of an order to fetch again,
//!   or nothing. What the push says about the order is never applied.
//! * [`generate`] and [`import`] make or check the key pair the reseller registers with
//!   TrustOcean; [`encrypt`] seals a push as TrustOcean does.

// Visible in the crate for the fuzz target that checks the two text forms against each other.
pub(crate) mod armor;
mod hint;
mod key_cache;
mod key_pair;
mod push_key;
mod raw_rsa;
mod seal;
mod unpad;

use zeroize::Zeroizing;

pub use armor::{BEGIN_MARKER, END_MARKER, MAX_BLOCKS};
pub use hint::{ENCRYPTED_FIELD, Hint, MAX_PUSH_BODY, Reading, read};
pub use key_cache::cached;
pub use key_pair::{DEFAULT_PUSH_KEY_BITS, PUSH_KEY_SIZES, PushKeyPair, generate, import};
pub use push_key::{MAX_PUSH_KEY_BITS, MIN_PUSH_KEY_BITS, PushKey};
pub use seal::{encrypt, parse_public_key};

use crate::error::Error;

/// Opens `encrypted_data` with a loaded key; see [`PushKey::decrypt`].
///
/// # Errors
/// [`Error::Push`] when the text is not base64 of whole blocks.
pub fn decrypt_with(key: &PushKey, encrypted_data: &str) -> Result<Zeroizing<Vec<u8>>, Error> {
    key.decrypt(encrypted_data)
}

/// Opens `encrypted_data` with a private key in PEM; see [`PushKey::decrypt`]. A push sealed for
/// another key gives bytes that are not JSON, not an error.
///
/// # Errors
/// [`Error::InvalidInput`] for an unusable key; [`Error::Push`] when the text is not base64 of
/// whole blocks.
pub fn decrypt(private_key_pem: &str, encrypted_data: &str) -> Result<Zeroizing<Vec<u8>>, Error> {
    PushKey::from_pem(private_key_pem)?.decrypt(encrypted_data)
}
