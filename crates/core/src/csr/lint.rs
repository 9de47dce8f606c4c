//! [`lint`]: everything a CA or the product would refuse in a CSR, at once, so the customer sees
//! every problem before ordering instead of a bare refusal afterwards.

use super::model::{Csr, CsrKey, HashAlgorithm, SignatureCheck};
use crate::{
    domain::{self, ProductRules},
    finding::Finding,
    key::MIN_RSA_BITS,
};

/// Checks a parsed CSR (from [`inspect`](super::inspect), so a broken signature is reported
/// here too) against the CA's key and signature rules and the product's name rules.
///
/// | code | severity | rule |
/// |---|---|---|
/// | `csr.signature_invalid` | error | the self-signature does not verify |
/// | `csr.signature_unchecked` | warning | the signature algorithm is not one that can be checked |
/// | `csr.weak_signature_md5` | error | signed with MD5 |
/// | `csr.weak_signature_sha1` | warning | signed with SHA-1 (the CA re-signs, but it shows an old tool) |
/// | `csr.rsa_key_too_small` | error | RSA under 2048 bits |
/// | `csr.curve_not_supported` | error | an EC curve other than P-256 and P-384 |
/// | `csr.key_type_not_supported` | error | neither RSA nor ECDSA |
/// | `csr.missing_common_name` | error | no CN |
/// | `csr.country_invalid` | warning | C is not two letters |
/// | `csr.common_name_not_in_sans` | warning | SANs are present but do not include the CN |
/// | `domain.*` | error | the CN breaks the product's name rules ([`domain::check_common_name`]) |
pub fn lint(csr: &Csr, rules: &ProductRules) -> Vec<Finding> {
    let mut findings = Vec::new();

    findings.extend(signature_findings(csr));
    findings.extend(key_findings(&csr.key));
    findings.extend(subject_findings(csr, rules));
    findings
}

fn signature_findings(csr: &Csr) -> Vec<Finding> {
    let mut findings = Vec::new();
    let algorithm = Some(csr.signature_algorithm.name.clone());

    match csr.signature {
        SignatureCheck::Valid => {}
        SignatureCheck::Invalid => findings.push(Finding::error(
            "csr.signature_invalid",
            None,
            "the CSR's signature does not verify: it was changed or damaged after it was made; \
             generate it again and paste it unchanged",
        )),
        SignatureCheck::Unchecked => findings.push(Finding::warning(
            "csr.signature_unchecked",
            algorithm.clone(),
            format!(
                "the CSR is signed with {}, which cannot be checked here; the CA will check it",
                csr.signature_algorithm.name
            ),
        )),
    }

    match csr.signature_algorithm.hash {
        Some(HashAlgorithm::Md5) => findings.push(Finding::error(
            "csr.weak_signature_md5",
            algorithm,
            "the CSR is signed with MD5, which CAs refuse; generate it again with SHA-256",
        )),
        Some(HashAlgorithm::Sha1) => findings.push(Finding::warning(
            "csr.weak_signature_sha1",
            algorithm,
            "the CSR is signed with SHA-1, a sign of an outdated tool; the certificate will still \
             use SHA-256, but better generate the CSR again with SHA-256",
        )),
        _ => {}
    }
    findings
}

fn key_findings(key: &CsrKey) -> Vec<Finding> {
    match key {
        CsrKey::Rsa { bits } if *bits < MIN_RSA_BITS => vec![Finding::error(
            "csr.rsa_key_too_small",
            Some(format!("RSA {bits}")),
            format!(
                "the CSR's RSA key has {bits} bits; CAs require at least {MIN_RSA_BITS}, generate \
                 a new key and CSR"
            ),
        )],
        CsrKey::Ec { curve, .. } if curve != "P-256" && curve != "P-384" => {
            vec![Finding::error(
                "csr.curve_not_supported",
                Some(curve.clone()),
                format!(
                    "the CSR's key is on the curve {curve}; CAs accept only P-256 and P-384, \
                     generate a new key and CSR"
                ),
            )]
        }
        CsrKey::Other { algorithm } => vec![Finding::error(
            "csr.key_type_not_supported",
            Some(algorithm.clone()),
            format!(
                "the CSR's key is {algorithm}; CAs accept RSA (2048 bits or more) and ECDSA \
                 (P-256, P-384) keys"
            ),
        )],
        _ => Vec::new(),
    }
}

fn subject_findings(csr: &Csr, rules: &ProductRules) -> Vec<Finding> {
    let mut findings = Vec::new();
    let subject = &csr.subject;

    match subject.common_name.as_deref().map(str::trim) {
        None | Some("") => findings.push(Finding::error(
            "csr.missing_common_name",
            Some("subject.CN".to_owned()),
            "the CSR has no common name (CN); generate it again with the domain name as CN",
        )),
        Some(common_name) => {
            findings.extend(domain::check_common_name(common_name, rules));
            findings.extend(common_name_in_sans(csr, common_name));
        }
    }

    if let Some(country) = &subject.country
        && (country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()))
    {
        findings.push(Finding::warning(
            "csr.country_invalid",
            Some("subject.C".to_owned()),
            format!(
                "the CSR's country \"{country}\" is not a two-letter ISO 3166 code (such as GB \
                 or DE); validated certificates need it right"
            ),
        ));
    }
    findings
}

/// When a CSR lists SANs, CAs expect the CN among them.
fn common_name_in_sans(csr: &Csr, common_name: &str) -> Option<Finding> {
    let sans = csr.subject_alt_names();
    let listed = sans.is_empty()
        || sans
            .iter()
            .any(|san| san.eq_ignore_ascii_case(common_name.trim_end_matches('.')));
    (!listed).then(|| {
        Finding::warning(
            "csr.common_name_not_in_sans",
            Some(common_name.to_owned()),
            format!(
                "the CSR's subject alternative names do not include its common name {common_name}"
            ),
        )
    })
}
