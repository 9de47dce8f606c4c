//! Push bodies as they reach the callback URL, opened with a fixed key, and the text form of
//! the encrypted data on its own.

use std::sync::LazyLock;

use crate::push::{self, PushKey, armor};

/// A throwaway 1024-bit key, the smallest push keys come in, so that the seeds sealed for it
/// are opened (and their mutations run through the padding check) at the lowest cost. It
/// protects nothing.
const PUSH_KEY_PEM: &str = include_str!("push-key.pem");

static PUSH_KEY: LazyLock<Option<PushKey>> = LazyLock::new(|| PushKey::from_pem(PUSH_KEY_PEM).ok());

/// The content types the receiver tells apart: a form (as TrustOcean posts), JSON, and
/// anything else (read as a form).
const CONTENT_TYPES: [&str; 3] = [
    "application/x-www-form-urlencoded",
    "application/json; charset=utf-8",
    "text/plain",
];

/// Reads `data` as a push body of every content type, with the key and without one.
pub fn push(data: &[u8]) {
    for content_type in CONTENT_TYPES {
        let _ = push::read(PUSH_KEY.as_ref(), data, content_type);
        let _ = push::read(None, data, content_type);
    }
}

/// Splits `data` into ciphertext blocks for each push key size; blocks it accepts must come
/// back the same from their own text form.
pub fn push_armor(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for bits in [1024, 2048, 4096] {
        let Ok(blocks) = armor::blocks(&text, bits / 8) else {
            continue;
        };
        let again = armor::blocks(&armor::wrap(&blocks), bits / 8).ok();
        assert_eq!(again.as_ref(), Some(&blocks), "blocks differ after wrap");
    }
}
