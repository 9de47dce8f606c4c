//! Turns what a caller pasted or uploaded (PEM with one or more certificates, or DER) into the
//! DER of each certificate, refusing everything else with a reason code.

use x509_parser::{
    nom,
    prelude::{FromDer, X509Certificate, X509Error},
};

use crate::error::{Error, Result};

/// Largest input accepted, checked before any parsing: a real chain is a few KiB.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// PEM labels that hold a certificate.
const CERTIFICATE_LABELS: [&str; 2] = ["CERTIFICATE", "X509 CERTIFICATE"];

/// The PEM marker that opens every block.
const PEM_BEGIN: &[u8] = b"-----BEGIN ";

/// The DER of every certificate in `input`, in input order.
///
/// PEM may hold several `CERTIFICATE` blocks with text between them; DER may be several
/// certificates back to back. Fails with `certificate.too_large`, `certificate.empty`,
/// `certificate.truncated`, `certificate.wrong_pem_type` or `certificate.unparsable`.
pub(crate) fn decode_certificates(input: &[u8]) -> Result<Vec<Vec<u8>>> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::rejected(
            "certificate.too_large",
            format!(
                "the certificate input is {} bytes, more than the {MAX_INPUT_BYTES} bytes a \
                 certificate chain can need; paste only the PEM certificates",
                input.len()
            ),
        ));
    }

    let input = trim(input);
    if input.is_empty() {
        return Err(Error::rejected(
            "certificate.empty",
            "no certificate was given; paste the PEM text starting with \
             -----BEGIN CERTIFICATE-----",
        ));
    }

    let ders = if contains(input, PEM_BEGIN) {
        decode_pem(input)?
    } else {
        split_der(input)?
    };

    for der in &ders {
        check_certificate_der(der)?;
    }
    Ok(ders)
}

/// The DER of every PEM block, all of which must be certificates.
fn decode_pem(input: &[u8]) -> Result<Vec<Vec<u8>>> {
    let begin_markers = count(input, PEM_BEGIN);
    let blocks = match pem::parse_many(input) {
        Ok(blocks) => blocks,
        // A block without its END line swallows the next BEGIN into its base64.
        Err(_) if begin_markers > count(input, b"-----END ") => return Err(truncated()),
        Err(err) => {
            return Err(Error::rejected(
                "certificate.unparsable",
                format!("the PEM text could not be decoded ({err}); paste it again unchanged"),
            ));
        }
    };
    if blocks.len() < begin_markers {
        return Err(truncated());
    }

    let mut ders = Vec::with_capacity(blocks.len());
    for block in blocks {
        if !CERTIFICATE_LABELS.contains(&block.tag()) {
            // Only the label is named: the block may be a private key.
            return Err(Error::rejected(
                "certificate.wrong_pem_type",
                format!(
                    "a PEM block labelled \"{}\" was given where a certificate is expected; \
                     paste the blocks labelled CERTIFICATE",
                    printable_label(block.tag())
                ),
            ));
        }
        ders.push(block.into_contents());
    }
    Ok(ders)
}

/// Splits DER certificates that follow each other.
fn split_der(input: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut ders = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        if is_cut_short(rest) {
            return Err(truncated());
        }
        match X509Certificate::from_der(rest) {
            Ok((remaining, _)) => {
                let length = rest.len() - remaining.len();
                ders.push(rest[..length].to_vec());
                rest = remaining;
            }
            Err(err) => return Err(parse_error(&err)),
        }
    }
    Ok(ders)
}

/// Fails unless `der` is exactly one well-formed X.509 certificate.
fn check_certificate_der(der: &[u8]) -> Result<()> {
    if is_cut_short(der) {
        return Err(truncated());
    }
    match X509Certificate::from_der(der) {
        Ok(([], _)) => Ok(()),
        Ok(_) => Err(Error::rejected(
            "certificate.unparsable",
            "a certificate is followed by unexpected bytes; paste each certificate unchanged",
        )),
        Err(err) => Err(parse_error(&err)),
    }
}

fn parse_error(err: &nom::Err<X509Error>) -> Error {
    match err {
        nom::Err::Incomplete(_) => truncated(),
        nom::Err::Error(inner) | nom::Err::Failure(inner) => Error::rejected(
            "certificate.unparsable",
            format!(
                "the input is not an X.509 certificate ({inner}); give it as PEM (-----BEGIN \
                 CERTIFICATE-----) or DER"
            ),
        ),
    }
}

/// Whether `der` opens a DER SEQUENCE that announces more bytes than it has: a cut-off file.
fn is_cut_short(der: &[u8]) -> bool {
    let [0x30, first_length_byte, rest @ ..] = der else {
        return false;
    };
    let (length, header) = match *first_length_byte {
        short @ 0..=0x7F => (usize::from(short), 2),
        long @ 0x81..=0x84 => {
            let count = usize::from(long & 0x7F);
            let Some(bytes) = rest.get(..count) else {
                return true;
            };
            let length = bytes
                .iter()
                .fold(0_usize, |acc, b| (acc << 8) | usize::from(*b));
            (length, 2 + count)
        }
        _ => return false,
    };
    der.len() < header.saturating_add(length)
}

fn truncated() -> Error {
    Error::rejected(
        "certificate.truncated",
        "the certificate is cut short (an -----END CERTIFICATE----- line or part of the data is \
         missing); copy the whole text again",
    )
}

/// Leading and trailing whitespace, NUL padding and a UTF-8 byte order mark removed.
fn trim(input: &[u8]) -> &[u8] {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let is_padding = |b: &u8| b.is_ascii_whitespace() || *b == 0;
    let start = input
        .iter()
        .position(|b| !is_padding(b))
        .unwrap_or(input.len());
    let end = input
        .iter()
        .rposition(|b| !is_padding(b))
        .map_or(start, |i| i + 1);
    &input[start..end]
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|window| *window == needle)
        .count()
}

/// A PEM label cut to a sane length with anything unusual replaced, for messages.
fn printable_label(label: &str) -> String {
    label
        .chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == ' ' {
                c
            } else {
                '?'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<Vec<Vec<u8>>>) -> &'static str {
        result
            .expect_err("input must be refused")
            .reason_code()
            .expect("a rejection has a code")
    }

    #[test]
    fn refuses_empty_and_blank_input() {
        assert_eq!(code(decode_certificates(b"")), "certificate.empty");
        assert_eq!(code(decode_certificates(b" \r\n\t\0")), "certificate.empty");
    }

    #[test]
    fn refuses_oversized_input_before_parsing() {
        let body = vec![b'A'; MAX_INPUT_BYTES + 1];
        assert_eq!(code(decode_certificates(&body)), "certificate.too_large");
    }

    #[test]
    fn refuses_garbage() {
        assert_eq!(
            code(decode_certificates(b"hello world")),
            "certificate.unparsable"
        );
        assert_eq!(
            code(decode_certificates(&[0x30, 0x03, 0x02, 0x01, 0x01])),
            "certificate.unparsable"
        );
    }

    #[test]
    fn refuses_cut_pem_and_cut_der() {
        let pem = "-----BEGIN CERTIFICATE-----\nMIIB\n";
        assert_eq!(
            code(decode_certificates(pem.as_bytes())),
            "certificate.truncated"
        );
        assert_eq!(
            code(decode_certificates(&[0x30, 0x82, 0x05, 0x00, 0x30])),
            "certificate.truncated"
        );
    }

    #[test]
    fn names_the_wrong_label_only() {
        let pem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        let err = decode_certificates(pem.as_bytes()).expect_err("a key is not a certificate");
        assert_eq!(err.reason_code(), Some("certificate.wrong_pem_type"));
        assert!(err.to_string().contains("PRIVATE KEY"));
        assert!(!err.to_string().contains("AAAA"));
    }
}
