//! [`parse`] and [`inspect`]: a CSR's fields, key, SANs and signature, from PEM or DER.

use std::net::IpAddr;

use x509_parser::{
    certification_request::X509CertificationRequest,
    extensions::{GeneralName, ParsedExtension},
    prelude::FromDer,
    x509::{AttributeTypeAndValue, SubjectPublicKeyInfo, X509Name},
};

use super::{
    model::{Csr, CsrKey, HashAlgorithm, SignatureAlgorithm, SignatureCheck, Subject},
    read::{request_der, truncated},
    signature,
};
use crate::{
    error::{Error, Result},
    key::armor,
};

/// Parses a CSR (PEM or DER) and requires its self-signature to verify.
///
/// # Errors
/// [`Error::Rejected`] with `csr.too_large` (over [`MAX_CSR_INPUT`](super::MAX_CSR_INPUT)
/// bytes, checked first), `csr.empty`, `csr.not_pem`, `csr.wrong_pem_type`, `csr.multiple`,
/// `csr.truncated`, `csr.unparsable` or `csr.signature_invalid`. Never panics.
pub fn parse(input: &[u8]) -> Result<Csr> {
    let csr = inspect(input)?;
    if csr.signature == SignatureCheck::Invalid {
        return Err(signature_invalid());
    }
    Ok(csr)
}

/// Like [`parse`], but a broken self-signature is recorded in [`Csr::signature`] instead of
/// refused, so that [`lint`](super::lint) can report it along with everything else.
///
/// # Errors
/// As [`parse`], except `csr.signature_invalid`.
pub fn inspect(input: &[u8]) -> Result<Csr> {
    let der = request_der(input)?;
    let (rest, request) = match X509CertificationRequest::from_der(&der) {
        Ok(parsed) => parsed,
        Err(_) if armor::der_truncated(&der) => return Err(truncated()),
        Err(_) => {
            return Err(Error::rejected(
                "csr.unparsable",
                "the CSR could not be read: it is not a valid PKCS#10 request; generate it again",
            ));
        }
    };
    let info = &request.certification_request_info;

    let (dns_names, ip_addresses) = subject_alt_names(&request);
    let key = public_key(&info.subject_pki);
    let signature_algorithm =
        signature_algorithm(&request.signature_algorithm.algorithm.to_id_string());
    let signature = check_signature(&request, &key, signature_algorithm.hash);

    Ok(Csr {
        subject: subject(&info.subject),
        dns_names,
        ip_addresses,
        key,
        signature_algorithm,
        signature,
        public_key_spki_der: info.subject_pki.raw.to_vec(),
        // Without anything that trailed the request.
        der: der[..der.len() - rest.len()].to_vec(),
    })
}

fn subject(name: &X509Name<'_>) -> Subject {
    let first = |mut values: Box<dyn Iterator<Item = &AttributeTypeAndValue<'_>> + '_>| {
        values.find_map(attribute_text)
    };
    Subject {
        common_name: first(Box::new(name.iter_common_name())),
        organization: first(Box::new(name.iter_organization())),
        organizational_unit: first(Box::new(name.iter_organizational_unit())),
        locality: first(Box::new(name.iter_locality())),
        state: first(Box::new(name.iter_state_or_province())),
        country: first(Box::new(name.iter_country())),
        email: first(Box::new(name.iter_email())),
    }
}

/// An attribute's text: UTF-8, Printable and IA5 strings directly, BMPString (UTF-16BE, still
/// written by some Windows tools) decoded.
fn attribute_text(attribute: &AttributeTypeAndValue<'_>) -> Option<String> {
    if let Ok(text) = attribute.as_str() {
        return Some(text.to_owned());
    }
    let value = attribute.attr_value();
    if value.tag().0 == 30 {
        let units: Vec<u16> = value
            .data
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        return Some(String::from_utf16_lossy(&units));
    }
    None
}

fn subject_alt_names(request: &X509CertificationRequest<'_>) -> (Vec<String>, Vec<IpAddr>) {
    let mut dns_names = Vec::new();
    let mut ip_addresses = Vec::new();

    let Some(extensions) = request.requested_extensions() else {
        return (dns_names, ip_addresses);
    };
    for extension in extensions {
        let ParsedExtension::SubjectAlternativeName(san) = extension else {
            continue;
        };
        for name in &san.general_names {
            match name {
                GeneralName::DNSName(dns) => dns_names.push((*dns).to_owned()),
                GeneralName::IPAddress(bytes) => {
                    if let Some(address) = ip_from_bytes(bytes) {
                        ip_addresses.push(address);
                    }
                }
                _ => {}
            }
        }
    }
    (dns_names, ip_addresses)
}

/// An iPAddress SAN: 4 bytes for IPv4, 16 for IPv6 (the original module printed these wrong).
fn ip_from_bytes(bytes: &[u8]) -> Option<IpAddr> {
    match bytes.len() {
        4 => <[u8; 4]>::try_from(bytes).ok().map(IpAddr::from),
        16 => <[u8; 16]>::try_from(bytes).ok().map(IpAddr::from),
        _ => None,
    }
}

fn public_key(spki: &SubjectPublicKeyInfo<'_>) -> CsrKey {
    let algorithm = spki.algorithm.algorithm.to_id_string();
    match algorithm.as_str() {
        "1.2.840.113549.1.1.1" => CsrKey::Rsa {
            bits: rsa_bits(spki.subject_public_key.data.as_ref()),
        },
        "1.2.840.10045.2.1" => {
            let curve_oid = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|oid| oid.to_id_string())
                .unwrap_or_default();
            let (curve, bits) = match curve_oid.as_str() {
                "1.2.840.10045.3.1.7" => ("P-256".to_owned(), 256),
                "1.3.132.0.34" => ("P-384".to_owned(), 384),
                "1.3.132.0.35" => ("P-521".to_owned(), 521),
                "1.3.132.0.10" => ("secp256k1".to_owned(), 256),
                "1.2.840.10045.3.1.1" => ("P-192".to_owned(), 192),
                "1.3.132.0.33" => ("P-224".to_owned(), 224),
                other => (other.to_owned(), 0),
            };
            CsrKey::Ec { curve, bits }
        }
        other => CsrKey::Other {
            algorithm: match other {
                "1.3.101.112" => "ed25519".to_owned(),
                "1.3.101.113" => "ed448".to_owned(),
                "1.2.840.10040.4.1" => "dsa".to_owned(),
                "1.2.840.113549.1.1.10" => "rsa-pss".to_owned(),
                _ => other.to_owned(),
            },
        },
    }
}

/// Modulus size of a PKCS#1 `RSAPublicKey`, 0 if it cannot be read.
fn rsa_bits(pkcs1: &[u8]) -> u32 {
    use rsa::pkcs1::{RsaPublicKeyRef, der::Decode};

    let Ok(key) = RsaPublicKeyRef::from_der(pkcs1) else {
        return 0;
    };
    let modulus = key.modulus.as_bytes();
    match (modulus.first(), u32::try_from(modulus.len())) {
        (Some(first), Ok(bytes)) => bytes * 8 - first.leading_zeros(),
        _ => 0,
    }
}

fn signature_algorithm(oid: &str) -> SignatureAlgorithm {
    use HashAlgorithm::{Md5, Sha1, Sha224, Sha256, Sha384, Sha512};

    let (name, hash) = match oid {
        "1.2.840.113549.1.1.4" => ("md5WithRSAEncryption", Some(Md5)),
        "1.2.840.113549.1.1.5" => ("sha1WithRSAEncryption", Some(Sha1)),
        "1.3.14.3.2.29" => ("sha1WithRSA", Some(Sha1)),
        "1.2.840.113549.1.1.14" => ("sha224WithRSAEncryption", Some(Sha224)),
        "1.2.840.113549.1.1.11" => ("sha256WithRSAEncryption", Some(Sha256)),
        "1.2.840.113549.1.1.12" => ("sha384WithRSAEncryption", Some(Sha384)),
        "1.2.840.113549.1.1.13" => ("sha512WithRSAEncryption", Some(Sha512)),
        "1.2.840.113549.1.1.10" => ("rsassaPss", None),
        "1.2.840.10045.4.1" => ("ecdsa-with-SHA1", Some(Sha1)),
        "1.2.840.10045.4.3.1" => ("ecdsa-with-SHA224", Some(Sha224)),
        "1.2.840.10045.4.3.2" => ("ecdsa-with-SHA256", Some(Sha256)),
        "1.2.840.10045.4.3.3" => ("ecdsa-with-SHA384", Some(Sha384)),
        "1.2.840.10045.4.3.4" => ("ecdsa-with-SHA512", Some(Sha512)),
        "1.3.101.112" => ("ED25519", None),
        other => (other, None),
    };
    SignatureAlgorithm {
        name: name.to_owned(),
        oid: oid.to_owned(),
        hash,
    }
}

fn check_signature(
    request: &X509CertificationRequest<'_>,
    key: &CsrKey,
    hash: Option<HashAlgorithm>,
) -> SignatureCheck {
    let info = &request.certification_request_info;
    let message = info.raw;
    let signature = request.signature_value.data.as_ref();
    let point = info.subject_pki.subject_public_key.data.as_ref();
    let algorithm = request.signature_algorithm.algorithm.to_id_string();
    let rsa_pkcs1 = algorithm.starts_with("1.2.840.113549.1.1.") || algorithm == "1.3.14.3.2.29";

    match (key, hash) {
        (CsrKey::Rsa { .. }, Some(hash)) if rsa_pkcs1 => {
            signature::verify_rsa(info.subject_pki.raw, hash, message, signature)
        }
        (CsrKey::Ec { curve, .. }, Some(hash)) if algorithm.starts_with("1.2.840.10045.4.") => {
            signature::verify_ecdsa(curve, hash, point, message, signature)
        }
        (CsrKey::Other { algorithm: name }, None) if name == "ed25519" => {
            signature::verify_ed25519(point, message, signature)
        }
        _ => SignatureCheck::Unchecked,
    }
}

fn signature_invalid() -> Error {
    Error::rejected(
        "csr.signature_invalid",
        "the CSR's signature does not verify: it was changed or damaged after it was made; \
         generate it again and paste it unchanged",
    )
}
