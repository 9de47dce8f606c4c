//! What a certificate says, as plain values: names, serial, validity, SANs, key, signature,
//! fingerprints.

use std::net::{Ipv4Addr, Ipv6Addr};

use serde::Serialize;
// sha1 and sha2 come from different `digest` releases, so each brings its own trait.
use sha1::{Digest as _, Sha1};
use sha2::{Digest as _, Sha256};
use x509_parser::{
    extensions::{GeneralName, ParsedExtension},
    objects::{oid_registry, oid2sn},
    oid_registry::{
        OID_EC_P256, OID_KEY_TYPE_EC_PUBLIC_KEY, OID_NIST_EC_P384, OID_NIST_EC_P521,
        OID_PKCS1_RSAENCRYPTION, OID_SIG_ED448, OID_SIG_ED25519,
    },
    prelude::X509Certificate,
    public_key::PublicKey,
    x509::{SubjectPublicKeyInfo, X509Name},
};

use super::clock::UtcDateTime;

/// The fields of a certificate that do not depend on the current time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertificateInfo {
    /// The subject as `C=US, O=Example, CN=www.example.com`.
    pub subject: String,
    /// The subject's (first) common name.
    pub common_name: Option<String>,
    /// The issuer, in the same form as `subject`.
    pub issuer: String,
    /// The issuer's (first) common name.
    pub issuer_common_name: Option<String>,
    /// Serial number, upper-case hex without separators or leading zero bytes (`0A1B...`).
    pub serial: String,
    /// Start of validity, RFC 3339 UTC (`2026-01-01T00:00:00Z`).
    pub not_before: String,
    /// End of validity, RFC 3339 UTC.
    pub not_after: String,
    /// Start of validity, Unix seconds.
    pub not_before_unix: i64,
    /// End of validity, Unix seconds.
    pub not_after_unix: i64,
    /// Every subjectAltName entry, in certificate order.
    pub subject_alt_names: Vec<SubjectAltName>,
    /// The DNS names among them.
    pub dns_names: Vec<String>,
    /// The IP addresses among them (`192.0.2.10`, `2001:db8::1`).
    pub ip_addresses: Vec<String>,
    /// The public key.
    pub key: KeyInfo,
    /// Signature algorithm, as OpenSSL names it (`sha256WithRSAEncryption`, `ecdsa-with-SHA256`).
    pub signature_algorithm: String,
    /// SHA-256 of the DER, upper-case hex pairs separated by colons, as browsers show it.
    pub sha256_fingerprint: String,
    /// SHA-1 of the DER, in the same form (still shown by Windows and some panels).
    pub sha1_fingerprint: String,
    /// Whether basicConstraints marks it as a CA.
    pub is_ca: bool,
    /// Whether subject and issuer are the same name (a root or a self-signed certificate).
    pub self_signed: bool,
    /// subjectKeyIdentifier, lower-case hex.
    pub subject_key_id: Option<String>,
    /// authorityKeyIdentifier's key identifier, lower-case hex.
    pub authority_key_id: Option<String>,
}

/// One subjectAltName entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectAltName {
    /// `dns`, `ip`, `email`, `uri` or `other`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The value as text; IP addresses in their usual notation.
    pub value: String,
}

/// A certificate's public key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    /// `RSA`, `EC`, `Ed25519`, `Ed448` or the algorithm's OID.
    pub algorithm: String,
    /// Size in bits (modulus for RSA, field for EC); 0 when unknown.
    pub bits: u32,
    /// Named curve for EC keys (`P-256`, `P-384`, `P-521`, or its OID).
    pub curve: Option<String>,
}

/// Reads everything out of a parsed certificate. `der` is the certificate's encoding.
pub(crate) fn describe(certificate: &X509Certificate<'_>, der: &[u8]) -> CertificateInfo {
    let mut subject_alt_names = Vec::new();
    let mut subject_key_id = None;
    let mut authority_key_id = None;
    for extension in certificate.extensions() {
        match extension.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(names) => {
                subject_alt_names.extend(names.general_names.iter().map(alt_name));
            }
            ParsedExtension::SubjectKeyIdentifier(id) => subject_key_id = Some(hex::encode(id.0)),
            ParsedExtension::AuthorityKeyIdentifier(aki) => {
                authority_key_id = aki.key_identifier.as_ref().map(|id| hex::encode(id.0));
            }
            _ => {}
        }
    }

    let of_kind = |kind: &str| -> Vec<String> {
        subject_alt_names
            .iter()
            .filter(|name| name.kind == kind)
            .map(|name| name.value.clone())
            .collect()
    };
    let not_before_unix = certificate.validity().not_before.timestamp();
    let not_after_unix = certificate.validity().not_after.timestamp();

    CertificateInfo {
        subject: certificate.subject().to_string(),
        common_name: first_common_name(certificate.subject()),
        issuer: certificate.issuer().to_string(),
        issuer_common_name: first_common_name(certificate.issuer()),
        serial: serial_hex(certificate.raw_serial()),
        not_before: UtcDateTime::from_unix(not_before_unix).to_rfc3339(),
        not_after: UtcDateTime::from_unix(not_after_unix).to_rfc3339(),
        not_before_unix,
        not_after_unix,
        dns_names: of_kind("dns"),
        ip_addresses: of_kind("ip"),
        subject_alt_names,
        key: key_info(certificate.public_key()),
        signature_algorithm: oid_name(&certificate.signature_algorithm.algorithm),
        sha256_fingerprint: fingerprint(&Sha256::digest(der)),
        sha1_fingerprint: fingerprint(&Sha1::digest(der)),
        is_ca: certificate.is_ca(),
        self_signed: certificate.subject().as_raw() == certificate.issuer().as_raw(),
        subject_key_id,
        authority_key_id,
    }
}

/// Describes a public key (also used for CSRs and private keys).
pub(crate) fn key_info(spki: &SubjectPublicKeyInfo<'_>) -> KeyInfo {
    let algorithm = &spki.algorithm.algorithm;
    if *algorithm == OID_PKCS1_RSAENCRYPTION {
        let bits = match spki.parsed() {
            Ok(key @ PublicKey::RSA(_)) => u32::try_from(key.key_size()).unwrap_or(0),
            _ => 0,
        };
        return KeyInfo {
            algorithm: "RSA".into(),
            bits,
            curve: None,
        };
    }
    if *algorithm == OID_KEY_TYPE_EC_PUBLIC_KEY {
        let curve_oid = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|parameters| parameters.as_oid().ok());
        let (curve, bits) = match curve_oid {
            Some(oid) if oid == OID_EC_P256 => ("P-256".to_owned(), 256),
            Some(oid) if oid == OID_NIST_EC_P384 => ("P-384".to_owned(), 384),
            Some(oid) if oid == OID_NIST_EC_P521 => ("P-521".to_owned(), 521),
            Some(oid) => (oid.to_id_string(), 0),
            None => ("unknown".to_owned(), 0),
        };
        return KeyInfo {
            algorithm: "EC".into(),
            bits,
            curve: Some(curve),
        };
    }
    let (name, bits) = if *algorithm == OID_SIG_ED25519 {
        ("Ed25519".to_owned(), 256)
    } else if *algorithm == OID_SIG_ED448 {
        ("Ed448".to_owned(), 456)
    } else {
        (oid_name(algorithm), 0)
    };
    KeyInfo {
        algorithm: name,
        bits,
        curve: None,
    }
}

fn alt_name(name: &GeneralName<'_>) -> SubjectAltName {
    let (kind, value) = match name {
        GeneralName::DNSName(dns) => ("dns", (*dns).to_owned()),
        GeneralName::IPAddress(bytes) => ("ip", ip_text(bytes)),
        GeneralName::RFC822Name(email) => ("email", (*email).to_owned()),
        GeneralName::URI(uri) => ("uri", (*uri).to_owned()),
        other => ("other", other.to_string()),
    };
    SubjectAltName { kind, value }
}

/// An iPAddress SAN as `192.0.2.10` or `2001:db8::1`; any other length (not valid in a SAN) as
/// hex so nothing is hidden.
fn ip_text(bytes: &[u8]) -> String {
    if let Ok(octets) = <[u8; 4]>::try_from(bytes) {
        Ipv4Addr::from(octets).to_string()
    } else if let Ok(octets) = <[u8; 16]>::try_from(bytes) {
        Ipv6Addr::from(octets).to_string()
    } else {
        hex::encode(bytes)
    }
}

fn first_common_name(name: &X509Name<'_>) -> Option<String> {
    name.iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(ToOwned::to_owned)
}

/// OpenSSL prints serials without the sign-padding zero byte DER adds.
fn serial_hex(raw: &[u8]) -> String {
    let start = raw
        .iter()
        .position(|b| *b != 0)
        .unwrap_or(raw.len().saturating_sub(1));
    hex::encode_upper(&raw[start..])
}

fn fingerprint(digest: &[u8]) -> String {
    let pairs: Vec<String> = digest.iter().map(|b| format!("{b:02X}")).collect();
    pairs.join(":")
}

fn oid_name(oid: &x509_parser::der_parser::oid::Oid<'_>) -> String {
    oid2sn(oid, oid_registry()).map_or_else(|_| oid.to_id_string(), ToOwned::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_addresses_print_in_usual_notation() {
        assert_eq!(ip_text(&[192, 0, 2, 10]), "192.0.2.10");
        let mut v6 = [0_u8; 16];
        v6[0] = 0x20;
        v6[1] = 0x01;
        v6[2] = 0x0d;
        v6[3] = 0xb8;
        v6[15] = 1;
        assert_eq!(ip_text(&v6), "2001:db8::1");
        assert_eq!(ip_text(&[1, 2, 3]), "010203");
    }

    #[test]
    fn serial_drops_sign_padding_only() {
        assert_eq!(serial_hex(&[0x00, 0x9F, 0x01]), "9F01");
        assert_eq!(serial_hex(&[0x10, 0x09]), "1009");
        assert_eq!(serial_hex(&[0x00]), "00");
    }
}
