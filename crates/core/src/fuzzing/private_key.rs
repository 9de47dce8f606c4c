//! Private keys as customers upload them: plain, or encrypted under the password the seeds
//! were made with, so that the decryption path is reached too.

use crate::key;

/// The password of the encrypted seeds (the same as the key fixtures').
const PASSWORD: &str = "correct-horse-battery";

/// Parses `data` as a private key without and with a password, and reads what it gives.
pub fn private_key(data: &[u8]) {
    for password in [None, Some(PASSWORD)] {
        if let Ok(key) = key::parse(data, password) {
            let _ = (key.kind(), key.bits(), key.public_key_sha256());
            let _ = key.matches_public_key(key.public_key_spki_der());
            let _ = key.to_pkcs8_pem();
        }
    }
}
