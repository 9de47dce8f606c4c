//! From what a customer pasted or uploaded to the DER bytes of one request.

use crate::{
    error::{Error, Result},
    key::armor::{self, ArmorError},
};

/// Largest input accepted, checked before anything is decoded. A CSR with an RSA-8192 key and
/// a hundred SANs stays well under 16 KiB.
pub const MAX_CSR_INPUT: usize = 64 * 1024;

/// Labels a PKCS#10 request is found under: the standard one, and the one IIS and Java keytool
/// still write.
const CSR_LABELS: [&str; 2] = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];

/// The DER of the first request in `input` (PEM text or DER bytes).
pub(crate) fn request_der(input: &[u8]) -> Result<Vec<u8>> {
    if input.len() > MAX_CSR_INPUT {
        return Err(Error::rejected(
            "csr.too_large",
            format!(
                "the CSR input is {} bytes; a CSR is at most {MAX_CSR_INPUT} bytes, paste only the \
                 -----BEGIN CERTIFICATE REQUEST----- block",
                input.len()
            ),
        ));
    }
    if input.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::rejected(
            "csr.empty",
            "no CSR was given; paste the CSR",
        ));
    }

    if armor::looks_like_pem(input) {
        return pem_request(input);
    }
    if input.first() == Some(&0x30) {
        return Ok(input.to_vec());
    }
    Err(Error::rejected(
        "csr.not_pem",
        "this is not a CSR; paste it in PEM form, from -----BEGIN CERTIFICATE REQUEST----- to \
         -----END CERTIFICATE REQUEST-----",
    ))
}

fn pem_request(input: &[u8]) -> Result<Vec<u8>> {
    let blocks = armor::pem_blocks(input).map_err(|err| match err {
        ArmorError::Truncated { .. } => truncated(),
        ArmorError::BadBase64 { .. } => Error::rejected(
            "csr.unparsable",
            "the CSR's PEM block is damaged (characters that are not base64); paste it again \
             exactly as it was generated",
        ),
    })?;

    let mut requests = blocks
        .iter()
        .filter(|b| CSR_LABELS.contains(&b.label.as_str()));
    if let Some(block) = requests.next() {
        // Two requests pasted together: which one the customer meant cannot be guessed, and
        // taking the first would order a certificate for names they may not have looked at.
        if requests.next().is_some() {
            return Err(Error::rejected(
                "csr.multiple",
                "more than one CSR was pasted; paste only the one to order the certificate for",
            ));
        }
        return Ok(block.der.to_vec());
    }

    let found = blocks.first().map_or("", |b| b.label.as_str());
    let advice = if found.ends_with("PRIVATE KEY") {
        "that is a private key: never send it to anyone, paste the CSR instead"
    } else if found == "CERTIFICATE" {
        "that is a certificate, paste the CSR it was requested with"
    } else {
        "paste the block that starts with -----BEGIN CERTIFICATE REQUEST-----"
    };
    Err(Error::rejected(
        "csr.wrong_pem_type",
        format!("expected a CSR but found a \"{found}\" PEM block; {advice}"),
    ))
}

/// The request was cut off.
pub(crate) fn truncated() -> Error {
    Error::rejected(
        "csr.truncated",
        "the CSR is cut off; paste the whole block, including the -----END CERTIFICATE \
         REQUEST----- line",
    )
}
