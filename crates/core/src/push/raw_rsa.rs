//! The bare RSA private operation (`c^d mod n`) from AWS-LC, with no padding check.
//!
//! AWS-LC computes it in constant time with base blinding; the PKCS#1 v1.5 check that follows
//! is done by [`super::unpad`] in constant time too. The safe `aws-lc-rs` API cannot be used
//! here: it refuses RSA keys under 2048 bits, and TrustOcean consoles still hold 1024-bit push
//! keys.

use std::ptr::NonNull;

use aws_lc_sys::{
    ERR_clear_error, RSA, RSA_NO_PADDING, RSA_bits, RSA_decrypt, RSA_free,
    RSA_private_key_from_bytes, RSA_size,
};

/// An RSA private key held by AWS-LC.
pub(crate) struct RawRsaKey {
    rsa: NonNull<RSA>,
    size: usize,
    bits: usize,
}

// SAFETY: AWS-LC's RSA objects may be shared between threads for private-key operations: the
// lazily built Montgomery contexts and blinding state are guarded by the object's own lock, and
// nothing here mutates the key after construction.
unsafe impl Send for RawRsaKey {}
// SAFETY: see `Send` above; `&RawRsaKey` only reaches `RSA_decrypt`, which AWS-LC documents as
// safe to call concurrently on one key.
unsafe impl Sync for RawRsaKey {}

impl RawRsaKey {
    /// Loads a PKCS#1 `RSAPrivateKey` DER; `None` when AWS-LC cannot parse it or its parts do
    /// not form a consistent key (AWS-LC checks that while parsing).
    pub(crate) fn from_pkcs1_der(der: &[u8]) -> Option<Self> {
        // SAFETY: `der` is a valid slice for its whole length; AWS-LC copies what it parses and
        // returns either NULL or a key we now own.
        let raw = unsafe { RSA_private_key_from_bytes(der.as_ptr(), der.len()) };
        let Some(rsa) = NonNull::new(raw) else {
            clear_errors();
            return None;
        };
        // From here on `key` owns the pointer and frees it on every early return. AWS-LC's parser
        // has already checked that the parts form a consistent key (RSA_check_key).
        let mut key = Self {
            rsa,
            size: 0,
            bits: 0,
        };

        // SAFETY: `key.rsa` is a live key owned by `key`; both calls only read it.
        let (size, bits) = unsafe { (RSA_size(key.rsa.as_ptr()), RSA_bits(key.rsa.as_ptr())) };
        if size == 0 {
            return None;
        }
        key.size = size as usize;
        key.bits = bits as usize;
        Some(key)
    }

    /// The modulus length in bits.
    pub(crate) fn bits(&self) -> usize {
        self.bits
    }

    /// The modulus length in bytes: the size of every ciphertext block.
    pub(crate) fn size(&self) -> usize {
        self.size
    }

    /// Writes `block^d mod n` as `size()` big-endian bytes into `out`. Returns false (and
    /// leaves `out` zeroed) when the block is not `size()` bytes or not below the modulus: both
    /// are public facts about the ciphertext, not about the key.
    pub(crate) fn private_operation(&self, block: &[u8], out: &mut [u8]) -> bool {
        out.fill(0);
        if block.len() != self.size || out.len() != self.size {
            return false;
        }
        let mut written = 0usize;
        // SAFETY: `self.rsa` is a live key; `out` has room for `size` bytes (checked above) and
        // `block` is `size` readable bytes. With RSA_NO_PADDING AWS-LC writes exactly `size`
        // bytes and never reads past `in_len`.
        let ok = unsafe {
            RSA_decrypt(
                self.rsa.as_ptr(),
                &mut written,
                out.as_mut_ptr(),
                out.len(),
                block.as_ptr(),
                block.len(),
                RSA_NO_PADDING,
            )
        };
        if ok != 1 || written != self.size {
            out.fill(0);
            clear_errors();
            return false;
        }
        true
    }
}

impl Drop for RawRsaKey {
    fn drop(&mut self) {
        // SAFETY: we own the key (from RSA_private_key_from_bytes) and free it exactly once;
        // AWS-LC wipes its private parts when freeing.
        unsafe { RSA_free(self.rsa.as_ptr()) }
    }
}

/// Drops AWS-LC's thread-local error queue, so a refused key or block leaves nothing behind for
/// the TLS code that shares the library.
fn clear_errors() {
    // SAFETY: takes no arguments and only touches this thread's error queue.
    unsafe { ERR_clear_error() }
}
