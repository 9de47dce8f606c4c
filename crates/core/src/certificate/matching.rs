//! Does the certificate belong to this private key, or to this CSR? Both compare the
//! SubjectPublicKeyInfo: the CA copies the CSR's public key into the certificate unchanged.

use x509_parser::{certification_request::X509CertificationRequest, prelude::FromDer};
use zeroize::Zeroizing;

use crate::{
    error::{Error, Result},
    key::{self, PrivateKey},
};

use super::{Certificate, input::MAX_INPUT_BYTES};

/// PEM labels of a CSR.
const CSR_LABELS: [&str; 2] = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];

/// Fails with `certificate.key_mismatch` unless `key` is the private half of the certificate's
/// public key.
pub fn check_key(certificate: &Certificate, key: &PrivateKey) -> Result<()> {
    if key.matches_public_key(certificate.public_key_spki_der()) {
        Ok(())
    } else {
        Err(Error::rejected(
            "certificate.key_mismatch",
            format!(
                "the private key does not belong to the certificate for \"{}\"; use the key \
                 that was generated with the CSR of this order",
                certificate.primary_name().unwrap_or("(no name)")
            ),
        ))
    }
}

/// Whether the private key in `key_input` (PEM or DER, decrypted with `password` if encrypted)
/// belongs to the certificate. A key that cannot be read is an error (the key module's codes),
/// never `false`.
pub fn matches_key(
    certificate: &Certificate,
    key_input: &[u8],
    password: Option<&str>,
) -> Result<bool> {
    let key = key::parse(key_input, password)?;
    Ok(key.matches_public_key(certificate.public_key_spki_der()))
}

/// Whether the CSR in `csr_input` (PEM or DER) holds the certificate's public key.
///
/// Fails with `certificate.csr_unparsable` when the CSR cannot be read.
pub fn matches_csr(certificate: &Certificate, csr_input: &[u8]) -> Result<bool> {
    let der = csr_der(csr_input)?;
    let (_, request) = X509CertificationRequest::from_der(&der).map_err(|err| {
        csr_unparsable(&format!("it is not a certificate signing request ({err})"))
    })?;
    let csr_key = request.certification_request_info.subject_pki.raw;
    Ok(same_public_key(csr_key, certificate.public_key_spki_der()))
}

/// The CSR's DER, from PEM or as given.
fn csr_der(input: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(csr_unparsable("it is far larger than any CSR"));
    }
    let text = input.trim_ascii();
    if text.is_empty() {
        return Err(csr_unparsable("it is empty"));
    }
    if !text.starts_with(b"-----BEGIN ") {
        return Ok(Zeroizing::new(text.to_vec()));
    }
    let block = pem::parse(text).map_err(|_| {
        csr_unparsable("the PEM text is cut short or damaged; copy the whole CSR again")
    })?;
    if !CSR_LABELS.contains(&block.tag()) {
        return Err(csr_unparsable(
            "the PEM block is not labelled CERTIFICATE REQUEST",
        ));
    }
    Ok(Zeroizing::new(block.into_contents()))
}

/// Compares two SubjectPublicKeyInfo encodings by algorithm and key bits, so that an
/// equivalent encoding of the algorithm parameters still matches.
fn same_public_key(left: &[u8], right: &[u8]) -> bool {
    use x509_parser::x509::SubjectPublicKeyInfo;

    match (
        SubjectPublicKeyInfo::from_der(left),
        SubjectPublicKeyInfo::from_der(right),
    ) {
        (Ok((_, left)), Ok((_, right))) => {
            left.algorithm.algorithm == right.algorithm.algorithm
                && left.subject_public_key.data == right.subject_public_key.data
        }
        _ => false,
    }
}

fn csr_unparsable(why: &str) -> Error {
    Error::rejected(
        "certificate.csr_unparsable",
        format!("the CSR to compare with the certificate could not be read: {why}"),
    )
}
