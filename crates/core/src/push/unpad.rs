//! PKCS#1 v1.5 encryption padding, removed in constant time with implicit rejection.
//!
//! A receiver that answers differently, or faster, when the padding of a block is wrong is a
//! Bleichenbacher oracle: enough queries decrypt any captured push and sign with the push key.
//! So the check below looks at every byte whatever it finds, and a block with wrong padding
//! does not fail: it decrypts to a synthetic message derived from the ciphertext and a secret
//! of the private key (the implicit rejection of the IETF's RSA guidance draft, as OpenSSL 3.2
//! does it). The caller cannot tell the two apart, and neither can anyone timing the caller;
//! a synthetic message is simply not a readable push.
//!
//! The draft draws the synthetic bytes from HMAC in counter mode; here the derived key drives
//! AES-256-CTR instead, a pseudo-random function just the same (a fresh key per ciphertext, so
//! the all-zero counter block is never reused) at a fraction of the cost, which keeps a push as
//! fast to open as OpenSSL's own, not constant-time, decryption.

use aws_lc_rs::cipher::{AES_256, EncryptingKey, EncryptionContext, UnboundCipherKey};
use aws_lc_rs::hmac;
use aws_lc_rs::iv::FixedLength;
use subtle::{
    Choice, ConditionallySelectable, ConstantTimeEq, ConstantTimeGreater, ConstantTimeLess,
};
use zeroize::Zeroizing;

/// The padding string is at least eight non-zero bytes.
const MIN_PADDING: usize = 8;

/// Candidate lengths drawn for a synthetic message (16 bits each). Each fits with a chance of
/// at least one half (the mask is the next power of two above the largest length), so the
/// chance that none of 64 fits is below 2^-64; the draft's 128 buys nothing more and costs four
/// more HMAC blocks on every ciphertext block.
const LENGTH_CANDIDATES: usize = 64;

/// The key-derived secret behind synthetic messages.
pub(crate) struct Rejection {
    key: hmac::Key,
}

impl Rejection {
    /// `secret` is a digest of the private key: without it, nobody can predict the synthetic
    /// message of a ciphertext, so it looks like any other decryption.
    pub(crate) fn new(secret: &[u8]) -> Self {
        Self {
            key: hmac::Key::new(hmac::HMAC_SHA256, secret),
        }
    }
}

/// The message inside one decrypted block `encoded` (`k` bytes: `00 02 PS 00 M`), or, when the
/// padding is wrong, the synthetic message of `ciphertext`. Same work either way; the result's
/// length is at most `k - 11`.
pub(crate) fn unpad(
    encoded: &[u8],
    ciphertext: &[u8],
    rejection: &Rejection,
) -> Zeroizing<Vec<u8>> {
    let k = encoded.len();
    if k < 2 + MIN_PADDING + 1 {
        return Zeroizing::new(Vec::new());
    }

    let derived = hmac::sign(&rejection.key, ciphertext);
    // One keystream: the length candidates, then the message bytes.
    let stream = keystream(derived.as_ref(), LENGTH_CANDIDATES * 2 + k);
    let (candidates, synthetic) = stream.split_at(LENGTH_CANDIDATES * 2);
    let synthetic_len = synthetic_length(candidates, k);

    let mut good = encoded[0].ct_eq(&0) & encoded[1].ct_eq(&2);
    let mut found_zero = Choice::from(0);
    let mut zero_index = 0u32;
    for (index, byte) in encoded.iter().enumerate().skip(2) {
        let is_zero = byte.ct_eq(&0);
        zero_index = u32::conditional_select(&zero_index, &(index as u32), is_zero & !found_zero);
        found_zero |= is_zero;
    }
    good &= found_zero & zero_index.ct_gt(&((1 + MIN_PADDING) as u32));
    let real_len = (k as u32).wrapping_sub(zero_index).wrapping_sub(1);
    let length = u32::conditional_select(&synthetic_len, &real_len, good) as usize;

    // Both messages end at the block's end, so one pass selects the right bytes.
    let mut aligned = Zeroizing::new(vec![0u8; k]);
    for ((out, real), fake) in aligned.iter_mut().zip(encoded).zip(synthetic.iter()) {
        *out = u8::conditional_select(fake, real, good);
    }
    Zeroizing::new(aligned[k - length.min(k)..].to_vec())
}

/// A length below the largest message the block can hold: the last of the 16-bit candidates
/// that fits under the mask.
fn synthetic_length(candidates: &[u8], k: usize) -> u32 {
    let max_sep_offset = (k - 2 - MIN_PADDING) as u32;
    let mask = u32::MAX >> max_sep_offset.leading_zeros();

    let mut length = 0u32;
    for pair in candidates.chunks_exact(2) {
        let candidate = u32::from(u16::from_be_bytes([pair[0], pair[1]])) & mask;
        length = u32::conditional_select(&length, &candidate, candidate.ct_lt(&max_sep_offset));
    }
    length
}

/// `len` pseudo-random bytes: AES-256-CTR under `key` (32 bytes, used for this ciphertext
/// only) over zeros. A failure of the cipher (it has none for these sizes) gives zeros, which
/// still yields a message of the right shape.
fn keystream(key: &[u8], len: usize) -> Zeroizing<Vec<u8>> {
    let mut stream = Zeroizing::new(vec![0u8; len]);
    let encrypted = UnboundCipherKey::new(&AES_256, key)
        .and_then(EncryptingKey::ctr)
        .and_then(|cipher| {
            cipher.less_safe_encrypt(
                &mut stream,
                EncryptionContext::Iv128(FixedLength::from([0u8; 16])),
            )
        });
    if encrypted.is_err() {
        stream.fill(0);
    }
    stream
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(k: usize, message: &[u8]) -> Vec<u8> {
        let mut block = vec![0u8, 2];
        block.extend(std::iter::repeat_n(0x5a, k - 3 - message.len()));
        block.push(0);
        block.extend_from_slice(message);
        block
    }

    #[test]
    fn good_padding_gives_the_message() {
        let rejection = Rejection::new(b"key secret");
        for message in [&b""[..], b"{}", &[7u8; 117]] {
            assert_eq!(&*unpad(&padded(128, message), b"c", &rejection), message);
        }
    }

    #[test]
    fn bad_padding_gives_a_stable_synthetic_message() {
        let rejection = Rejection::new(b"key secret");
        let mut wrong_type = padded(128, b"{\"type\":\"cert_issued\"}");
        wrong_type[1] = 1;
        let mut short_padding = vec![0u8, 2, 1, 1, 1, 0];
        short_padding.resize(128, 9);
        let no_zero = {
            let mut block = vec![0u8, 2];
            block.resize(128, 1);
            block
        };

        for (index, block) in [wrong_type, short_padding, no_zero, vec![0u8; 128]]
            .iter()
            .enumerate()
        {
            let ciphertext = [index as u8; 128];
            let first = unpad(block, &ciphertext, &rejection);
            assert!(first.len() <= 128 - 11, "block {index}: {}", first.len());
            assert_eq!(
                first,
                unpad(block, &ciphertext, &rejection),
                "deterministic"
            );
            assert_ne!(
                first,
                unpad(block, &ciphertext, &Rejection::new(b"another key")),
                "depends on the key"
            );
            assert!(serde_json::from_slice::<serde_json::Value>(&first).is_err());
        }
    }

    #[test]
    fn synthetic_lengths_spread_over_the_allowed_range() {
        let rejection = Rejection::new(b"key secret");
        let lengths: Vec<usize> = (0..200u8)
            .map(|seed| unpad(&[0u8; 128], &[seed; 128], &rejection).len())
            .collect();
        assert!(lengths.iter().all(|&len| len <= 117));
        assert!(lengths.iter().any(|&len| len < 40) && lengths.iter().any(|&len| len > 80));
    }
}
