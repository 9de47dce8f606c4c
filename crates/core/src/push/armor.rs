//! The text form of an encrypted push: optional marker lines around base64 of RSA blocks.
//!
//! Receivers in the wild read the body two ways: as per-block base64 chunks (172 characters
//! each for a 1024-bit key), or as one base64 string of all blocks cut into modulus-sized
//! pieces. [`blocks`] accepts both, with or without the markers and with any whitespace. What it
//! checks is the public shape of the data only; nothing here depends on the private key.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::error::Error;

/// First line of an encrypted push payload.
pub const BEGIN_MARKER: &str = "-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----";

/// Last line of an encrypted push payload.
pub const END_MARKER: &str = "-----END TRUSTOCEAN ENCRYPTED DATA-----";

/// Most ciphertext blocks one push may carry: 4,096 blocks is 480 KB of plaintext with a
/// 1024-bit key, far above any certificate push, and bounds the private-key work per request.
pub const MAX_BLOCKS: usize = 4096;

/// The body between the markers as per-block base64 chunks, one line, as TrustOcean sends it.
pub fn wrap(blocks: &[Vec<u8>]) -> String {
    let body: String = blocks.iter().map(|block| STANDARD.encode(block)).collect();
    format!("{BEGIN_MARKER}\n{body}\n{END_MARKER}")
}

/// The ciphertext blocks of `encrypted_data`, each `block_size` bytes.
///
/// # Errors
/// [`Error::Push`] when the text is empty, not base64, not whole blocks, or over
/// [`MAX_BLOCKS`]; the message names the block size, never any key material.
pub fn blocks(encrypted_data: &str, block_size: usize) -> Result<Vec<Vec<u8>>, Error> {
    let malformed = || Error::Push {
        reason: format!("the encrypted data is not base64 of whole {block_size}-byte blocks"),
    };
    let compact: String = encrypted_data
        .replace(BEGIN_MARKER, "")
        .replace(END_MARKER, "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let too_many = || Error::Push {
        reason: format!("the encrypted data holds more than {MAX_BLOCKS} blocks"),
    };
    if compact.is_empty() || block_size == 0 {
        return Err(malformed());
    }
    // Per-block chunks: each chunk is the padded base64 of exactly one block. They are the
    // longer of the two forms (each chunk carries its own padding), so no text of at most
    // MAX_BLOCKS blocks is longer than MAX_BLOCKS chunks; the count is exact once decoded.
    let chunk_len = block_size.div_ceil(3) * 4;
    if compact.len() > chunk_len.saturating_mul(MAX_BLOCKS) {
        return Err(too_many());
    }
    if compact.len().is_multiple_of(chunk_len) {
        let per_chunk: Option<Vec<Vec<u8>>> = compact
            .as_bytes()
            .chunks(chunk_len)
            .map(|chunk| {
                STANDARD
                    .decode(chunk)
                    .ok()
                    .filter(|block| block.len() == block_size)
            })
            .collect();
        if let Some(blocks) = per_chunk {
            return Ok(blocks);
        }
    }

    // Otherwise one base64 string of all blocks.
    let whole = STANDARD.decode(compact).map_err(|_| malformed())?;
    if whole.is_empty() || !whole.len().is_multiple_of(block_size) {
        return Err(malformed());
    }
    if whole.len() / block_size > MAX_BLOCKS {
        return Err(too_many());
    }
    Ok(whole.chunks(block_size).map(<[u8]>::to_vec).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_block_chunks_and_one_base64_give_the_same_blocks() {
        let originals = vec![vec![1u8; 128], vec![2u8; 128], vec![3u8; 128]];
        let wrapped = wrap(&originals);
        assert_eq!(wrapped.lines().nth(1).map(str::len), Some(3 * 172));
        assert_eq!(blocks(&wrapped, 128).expect("chunks"), originals);

        let whole = STANDARD.encode(originals.concat());
        assert_eq!(blocks(&whole, 128).expect("whole"), originals);
        let spaced = format!("  {}\r\n{}  ", &whole[..100], &whole[100..]);
        assert_eq!(blocks(&spaced, 128).expect("whitespace"), originals);
    }

    #[test]
    fn anything_but_whole_blocks_is_refused() {
        for bad in ["", "!!!!", BEGIN_MARKER, &STANDARD.encode([0u8; 100])] {
            assert!(
                matches!(blocks(bad, 128), Err(Error::Push { .. })),
                "{bad:?}"
            );
        }
        let too_many = STANDARD.encode(vec![0u8; 16 * (MAX_BLOCKS + 1)]);
        let error = blocks(&too_many, 16).expect_err("over the limit");
        assert!(error.to_string().contains("more than"), "{error}");
        let too_many_chunks = wrap(&vec![vec![0u8; 16]; MAX_BLOCKS + 1]);
        let error = blocks(&too_many_chunks, 16).expect_err("over the limit");
        assert!(error.to_string().contains("more than"), "{error}");
    }

    #[test]
    fn the_most_blocks_are_taken_in_both_forms() {
        // Per-block chunks carry their padding: counted by text length they looked like more
        // blocks than they are, and pushes of the largest size were refused in this form.
        let most = vec![vec![7u8; 16]; MAX_BLOCKS];
        assert_eq!(blocks(&wrap(&most), 16).expect("chunks"), most);
        assert_eq!(
            blocks(&STANDARD.encode(most.concat()), 16).expect("whole"),
            most
        );
    }
}
