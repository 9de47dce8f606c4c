//! CSR checks of the sandbox: parse, verify the self-signature, read the CN and public key.

use trustocean_core::dcv;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::prelude::FromDer;

/// What the sandbox needs from a verified CSR.
#[derive(Debug, Clone)]
pub struct ParsedCsr {
    /// DER bytes of the whole CSR (the DCV hashes are taken over these).
    pub der: Vec<u8>,
    /// The subject's common name, if any.
    pub common_name: Option<String>,
    /// DER of the SubjectPublicKeyInfo, copied into the issued leaf.
    pub spki_der: Vec<u8>,
}

/// Why a CSR is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsrProblem {
    /// Not PEM/DER, or not a PKCS#10 structure.
    Unparsable,
    /// The self-signature does not verify.
    BadSignature,
}

/// Parses a CSR (PEM or DER) and verifies its self-signature.
pub fn parse_and_verify(csr: &str) -> Result<ParsedCsr, CsrProblem> {
    let der = dcv::csr_der(csr.as_bytes()).map_err(|_| CsrProblem::Unparsable)?;
    let (rest, request) =
        X509CertificationRequest::from_der(&der).map_err(|_| CsrProblem::Unparsable)?;
    if !rest.is_empty() {
        return Err(CsrProblem::Unparsable);
    }
    request
        .verify_signature()
        .map_err(|_| CsrProblem::BadSignature)?;

    let info = &request.certification_request_info;
    let common_name = info
        .subject
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(|cn| cn.trim().to_ascii_lowercase());
    let spki_der = info.subject_pki.raw.to_vec();

    Ok(ParsedCsr {
        der,
        common_name,
        spki_der,
    })
}

/// Whether a CN is an FQDN or a `*.` wildcard; other CNs get 770024 unless the product takes IPs.
pub fn is_fqdn_common_name(common_name: &str) -> bool {
    trustocean_core::domain::normalize(common_name).is_ok_and(|name| !name.is_ip())
}
