//! The CSR's DER bytes and their MD5 and SHA-256, the roots of every DCV value.

use md5::{Digest as _, Md5};
use sha2::Sha256;
use x509_parser::{certification_request::X509CertificationRequest, prelude::FromDer as _};

use crate::error::Error;

/// The MD5 and SHA-256 of the CSR's DER bytes, lowercase hex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsrHashes {
    /// MD5 of the DER bytes, 32 lowercase hex digits.
    pub md5: String,
    /// SHA-256 of the DER bytes, 64 lowercase hex digits.
    pub sha256: String,
}

/// Largest CSR looked at: far above any real request (the API takes at most 32767 characters),
/// and it keeps a pasted 10 MB body from being decoded.
const MAX_CSR_LEN: usize = 64 * 1024;

fn invalid_csr() -> Error {
    Error::invalid("csr_code", "not a valid PEM or DER certificate request")
}

/// Returns the DER bytes of a CSR given as PEM (`CERTIFICATE REQUEST` or `NEW CERTIFICATE
/// REQUEST`) or DER. The bytes must parse as a PKCS#10 request, with nothing after it.
pub fn csr_der(csr: &[u8]) -> Result<Vec<u8>, Error> {
    if csr.len() > MAX_CSR_LEN {
        return Err(Error::invalid(
            "csr_code",
            format!(
                "the certificate request is {} bytes, more than the {MAX_CSR_LEN} a request can be",
                csr.len()
            ),
        ));
    }

    let looks_like_pem = csr
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .is_some_and(|start| csr[start..].starts_with(b"-----BEGIN"));

    let der = if looks_like_pem {
        let parsed = pem::parse(csr).map_err(|_| invalid_csr())?;
        if !parsed.tag().ends_with("CERTIFICATE REQUEST") {
            return Err(Error::invalid(
                "csr_code",
                format!(
                    "a PEM \"{}\" block was given where a CERTIFICATE REQUEST was expected",
                    parsed.tag()
                ),
            ));
        }
        parsed.into_contents()
    } else {
        csr.to_vec()
    };

    // The hashes are of these exact bytes: anything that is not one whole request would give
    // validation values the CA never matches.
    match X509CertificationRequest::from_der(&der) {
        Ok(([], _)) => Ok(der),
        _ => Err(invalid_csr()),
    }
}

/// Computes the MD5 and SHA-256 of a CSR's DER bytes (the CSR may be PEM or DER).
pub fn csr_hashes(csr: &[u8]) -> Result<CsrHashes, Error> {
    let der = csr_der(csr)?;
    Ok(CsrHashes {
        md5: hex::encode(Md5::digest(&der)),
        sha256: hex::encode(Sha256::digest(&der)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dcv::test_csr::{TEST_CSR, TEST_CSR_MD5, TEST_CSR_SHA256};

    #[test]
    fn hashes_match_openssl() {
        let hashes = csr_hashes(TEST_CSR.as_bytes()).expect("the test CSR parses");
        assert_eq!(hashes.md5, TEST_CSR_MD5);
        assert_eq!(hashes.sha256, TEST_CSR_SHA256);
    }

    #[test]
    fn der_input_gives_the_same_hashes() {
        let der = csr_der(TEST_CSR.as_bytes()).expect("the test CSR parses");
        let from_der = csr_hashes(&der).expect("DER is accepted");
        assert_eq!(from_der.md5, TEST_CSR_MD5);
        assert_eq!(from_der.sha256, TEST_CSR_SHA256);
    }

    #[test]
    fn garbage_truncated_and_wrong_types_are_refused() {
        let der = csr_der(TEST_CSR.as_bytes()).expect("the test CSR parses");
        let truncated = &der[..der.len() / 2];
        let mut trailing = der.clone();
        trailing.push(0);
        let certificate_pem = TEST_CSR.replace("CERTIFICATE REQUEST", "CERTIFICATE");
        let cut_pem = &TEST_CSR[..TEST_CSR.len() / 2];

        for bad in [
            b"not a csr".as_slice(),
            b"",
            truncated,
            &trailing,
            certificate_pem.as_bytes(),
            cut_pem.as_bytes(),
            &vec![b'A'; 10 * 1024 * 1024],
        ] {
            assert!(
                matches!(csr_hashes(bad), Err(Error::InvalidInput { ref field, .. }) if field == "csr_code"),
                "refused: {:?}",
                String::from_utf8_lossy(bad.get(..40).unwrap_or(bad))
            );
        }
    }
}
