//! PEM armour: finding `-----BEGIN X-----` blocks in pasted text and decoding them into wiped
//! buffers, and writing PEM back. Shared by keys and CSRs.
//!
//! Written here rather than taken from the `pem` crate so that decoded key bytes go straight into
//! a [`Zeroizing`] buffer of the right size and no unwiped copy is left behind.

use base64::{Engine as _, engine::general_purpose::STANDARD};
use zeroize::Zeroizing;

/// One decoded PEM block.
pub(crate) struct PemBlock {
    /// The label between `BEGIN ` and the dashes (`PRIVATE KEY`).
    pub label: String,
    /// The decoded body.
    pub der: Zeroizing<Vec<u8>>,
    /// Whether the block carries OpenSSL's legacy `Proc-Type: 4,ENCRYPTED` header.
    pub legacy_encrypted: bool,
}

/// Why text that looks like PEM could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ArmorError {
    /// A `BEGIN` line without its `END` line: the paste was cut off.
    Truncated {
        /// The label of the unterminated block.
        label: String,
    },
    /// The body between `BEGIN` and `END` is not valid base64.
    BadBase64 {
        /// The label of the block.
        label: String,
    },
}

const BEGIN: &[u8] = b"-----BEGIN ";
const DASHES: &[u8] = b"-----";

/// Whether `input` contains a PEM `BEGIN` line at all.
pub(crate) fn looks_like_pem(input: &[u8]) -> bool {
    find(input, BEGIN, 0).is_some()
}

/// Every PEM block in `input`, in order. Text around and between the blocks is ignored.
pub(crate) fn pem_blocks(input: &[u8]) -> Result<Vec<PemBlock>, ArmorError> {
    let mut blocks = Vec::new();
    let mut position = 0;

    while let Some(begin) = find(input, BEGIN, position) {
        let label_start = begin + BEGIN.len();
        let Some(label_end) = find(input, DASHES, label_start) else {
            return Err(ArmorError::Truncated {
                label: String::new(),
            });
        };
        let label = String::from_utf8_lossy(&input[label_start..label_end])
            .trim()
            .to_owned();
        let body_start = label_end + DASHES.len();

        let end_line = format!("-----END {label}-----");
        let Some(body_end) = find(input, end_line.as_bytes(), body_start) else {
            return Err(ArmorError::Truncated { label });
        };

        let (der, legacy_encrypted) =
            decode_body(&input[body_start..body_end]).ok_or_else(|| ArmorError::BadBase64 {
                label: label.clone(),
            })?;
        blocks.push(PemBlock {
            label,
            der,
            legacy_encrypted,
        });
        position = body_end + end_line.len();
    }

    Ok(blocks)
}

/// Decodes a block body: skips RFC 1421 header lines (`Proc-Type: ...`), joins the base64 lines.
fn decode_body(body: &[u8]) -> Option<(Zeroizing<Vec<u8>>, bool)> {
    let mut base64_text = Zeroizing::new(Vec::with_capacity(body.len()));
    let mut legacy_encrypted = false;

    for line in body.split(|&b| b == b'\n') {
        if line.contains(&b':') {
            let header = String::from_utf8_lossy(line).to_ascii_uppercase();
            legacy_encrypted |= header.starts_with("PROC-TYPE") && header.contains("ENCRYPTED");
            continue;
        }
        base64_text.extend(line.iter().filter(|b| !b.is_ascii_whitespace()));
    }

    // Sized up front so decoding never reallocates and leaves an unwiped copy behind.
    let mut der = Zeroizing::new(Vec::with_capacity(base64_text.len() / 4 * 3 + 3));
    STANDARD.decode_vec(base64_text.as_slice(), &mut der).ok()?;
    Some((der, legacy_encrypted))
}

/// Encodes `der` as PEM with 64-character lines and `\n` line ends, into a wiped string.
pub(crate) fn to_pem(label: &str, der: &[u8]) -> Zeroizing<String> {
    let encoded = Zeroizing::new(STANDARD.encode(der));
    let mut pem = Zeroizing::new(String::with_capacity(
        encoded.len() + encoded.len() / 64 + 2 * label.len() + 40,
    ));

    pem.push_str("-----BEGIN ");
    pem.push_str(label);
    pem.push_str("-----\n");
    for line in encoded.as_bytes().chunks(64) {
        // base64 output is ASCII, so every chunk is valid UTF-8.
        pem.push_str(std::str::from_utf8(line).unwrap_or_default());
        pem.push('\n');
    }
    pem.push_str("-----END ");
    pem.push_str(label);
    pem.push_str("-----\n");
    pem
}

/// Whether `der` starts like a DER SEQUENCE whose declared length runs past the end of the
/// input: the typical shape of a paste or upload that was cut off.
pub(crate) fn der_truncated(der: &[u8]) -> bool {
    let Some((&0x30, rest)) = der.split_first() else {
        return false;
    };
    let Some((&first, rest)) = rest.split_first() else {
        return true;
    };
    if first < 0x80 {
        return usize::from(first) > rest.len();
    }

    let length_bytes = usize::from(first & 0x7f);
    if length_bytes == 0 || length_bytes > 4 {
        return false;
    }
    if rest.len() < length_bytes {
        return true;
    }
    let declared = rest[..length_bytes]
        .iter()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    declared > rest.len() - length_bytes
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| from + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_skips_surrounding_text() {
        let pem = to_pem("TEST", &[1, 2, 3, 250]);
        let text = format!("hello\r\n{}\r\ntrailer", pem.replace('\n', "\r\n"));

        let blocks = pem_blocks(text.as_bytes()).expect("valid pem");

        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].label, "TEST");
        assert_eq!(blocks[0].der.as_slice(), &[1, 2, 3, 250]);
        assert!(!blocks[0].legacy_encrypted);
    }

    #[test]
    fn missing_end_is_truncated() {
        let err = pem_blocks(b"-----BEGIN X-----\nAAAA\n").err();

        assert_eq!(err, Some(ArmorError::Truncated { label: "X".into() }));
    }

    #[test]
    fn legacy_encryption_header_is_noticed() {
        let text = b"-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----";

        let blocks = pem_blocks(text).expect("valid pem");

        assert!(blocks[0].legacy_encrypted);
    }

    #[test]
    fn cut_off_der_is_detected() {
        assert!(der_truncated(&[0x30, 0x82, 0x01, 0x00, 0x02]));
        assert!(!der_truncated(&[0x30, 0x03, 0x02, 0x01, 0x00]));
        assert!(!der_truncated(b"garbage"));
    }
}
