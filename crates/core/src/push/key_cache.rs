//! The last push key loaded, kept for the life of the process.
//!
//! A PHP worker answers many pushes with the same key; loading it (PEM, DER, AWS-LC's
//! consistency check) costs as much as opening a short push. The key stays in AWS-LC's memory,
//! wiped when freed, and is replaced as soon as another key is asked for; it is identified by a
//! digest of its text, never by the text itself.

use std::sync::{Arc, Mutex, PoisonError};

use sha2::{Digest, Sha256};

use super::push_key::PushKey;
use crate::error::Error;

static LAST: Mutex<Option<([u8; 32], Arc<PushKey>)>> = Mutex::new(None);

/// The key of `private_key_pem`, loaded once and reused while the same key is asked for.
///
/// # Errors
/// As [`PushKey::from_pem`]; a refused key is not kept.
pub fn cached(private_key_pem: &str) -> Result<Arc<PushKey>, Error> {
    let id: [u8; 32] = Sha256::digest(private_key_pem.trim().as_bytes()).into();
    let mut last = LAST.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((known, key)) = last.as_ref()
        && *known == id
    {
        return Ok(Arc::clone(key));
    }
    let key = Arc::new(PushKey::from_pem(private_key_pem)?);
    *last = Some((id, Arc::clone(&key)));
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::push::generate;

    #[test]
    fn the_same_key_is_loaded_once_and_another_replaces_it() {
        let first = generate(1024).expect("key");
        let second = generate(1024).expect("key");

        let a = cached(&first.private_key_pem).expect("loads");
        let again = cached(&first.private_key_pem).expect("loads");
        assert!(Arc::ptr_eq(&a, &again));

        let b = cached(&second.private_key_pem).expect("loads");
        assert!(!Arc::ptr_eq(&a, &b));
        assert!(cached("not a key").is_err());
        assert!(Arc::ptr_eq(
            &b,
            &cached(&second.private_key_pem).expect("still there")
        ));
    }
}
