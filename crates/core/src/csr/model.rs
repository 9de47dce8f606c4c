//! What a parsed CSR says: [`Csr`], its [`Subject`], public key and signature.

use std::net::IpAddr;

use md5::Md5;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::key::{Curve, KeyKind, armor};

/// PEM label of a PKCS#10 request.
pub(crate) const CSR_PEM_LABEL: &str = "CERTIFICATE REQUEST";

/// The distinguished-name fields a CSR subject carries (the first value of each). Also the input
/// of [`generate`](super::generate): empty or absent fields are left out of the CSR.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Subject {
    /// `CN`: the primary domain name (or IP address).
    pub common_name: Option<String>,
    /// `O`: the organisation.
    pub organization: Option<String>,
    /// `OU`: the department.
    pub organizational_unit: Option<String>,
    /// `L`: the city.
    pub locality: Option<String>,
    /// `ST`: the state or province.
    pub state: Option<String>,
    /// `C`: the two-letter ISO 3166 country code.
    pub country: Option<String>,
    /// `emailAddress`.
    pub email: Option<String>,
}

/// The public key a CSR carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum CsrKey {
    /// RSA, with its modulus size.
    Rsa {
        /// Modulus size in bits.
        bits: u32,
    },
    /// ECDSA on a named curve.
    Ec {
        /// `P-256`, `P-384`, `P-521`, `secp256k1`, or the curve's OID.
        curve: String,
        /// The curve's field size in bits, 0 when unknown.
        bits: u32,
    },
    /// Anything else (Ed25519, DSA, ...).
    Other {
        /// A readable name, or the algorithm OID.
        algorithm: String,
    },
}

impl CsrKey {
    /// The same key as a [`KeyKind`], when it is RSA or one of the supported curves.
    pub fn kind(&self) -> Option<KeyKind> {
        match self {
            Self::Rsa { bits } => Some(KeyKind::Rsa { bits: *bits }),
            Self::Ec { curve, .. } => match curve.as_str() {
                "P-256" => Some(KeyKind::Ec(Curve::P256)),
                "P-384" => Some(KeyKind::Ec(Curve::P384)),
                "P-521" => Some(KeyKind::Ec(Curve::P521)),
                _ => None,
            },
            Self::Other { .. } => None,
        }
    }

    /// `rsa`, `ec` or the other algorithm's name.
    pub fn type_name(&self) -> &str {
        match self {
            Self::Rsa { .. } => "rsa",
            Self::Ec { .. } => "ec",
            Self::Other { algorithm } => algorithm,
        }
    }

    /// Modulus or field size in bits (0 for other algorithms).
    pub fn bits(&self) -> u32 {
        match self {
            Self::Rsa { bits } | Self::Ec { bits, .. } => *bits,
            Self::Other { .. } => 0,
        }
    }
}

/// The digest inside a signature algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HashAlgorithm {
    /// MD5: broken.
    Md5,
    /// SHA-1: deprecated.
    Sha1,
    /// SHA-224.
    Sha224,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

/// How the CSR was signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignatureAlgorithm {
    /// OpenSSL's name (`sha256WithRSAEncryption`, `ecdsa-with-SHA384`), or the OID.
    pub name: String,
    /// The algorithm's OID, dotted.
    pub oid: String,
    /// The digest, when the algorithm names one.
    pub hash: Option<HashAlgorithm>,
}

/// Whether the CSR's self-signature holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignatureCheck {
    /// Verified with the CSR's own public key.
    Valid,
    /// Does not verify: the CSR was altered or damaged.
    Invalid,
    /// The algorithm is not one this crate verifies (RSA-PSS, exotic curves).
    Unchecked,
}

/// A parsed PKCS#10 certificate signing request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Csr {
    /// The subject fields.
    pub subject: Subject,
    /// DNS names from the subjectAltName extension, in order.
    pub dns_names: Vec<String>,
    /// IP addresses from the subjectAltName extension, in order.
    pub ip_addresses: Vec<IpAddr>,
    /// The public key.
    pub key: CsrKey,
    /// The signature algorithm.
    pub signature_algorithm: SignatureAlgorithm,
    /// The self-signature check.
    pub signature: SignatureCheck,
    /// The public key as DER `SubjectPublicKeyInfo`, to compare with a private key.
    pub public_key_spki_der: Vec<u8>,
    /// The whole request, DER.
    pub der: Vec<u8>,
}

impl Csr {
    /// The request as PEM (`-----BEGIN CERTIFICATE REQUEST-----`, 64-character lines).
    pub fn to_pem(&self) -> String {
        armor::to_pem(CSR_PEM_LABEL, &self.der).to_string()
    }

    /// The SANs as text, DNS names first, then IP addresses (IPv6 in RFC 5952 form).
    pub fn subject_alt_names(&self) -> Vec<String> {
        self.dns_names
            .iter()
            .cloned()
            .chain(self.ip_addresses.iter().map(IpAddr::to_string))
            .collect()
    }

    /// SHA-256 of the DER request, upper-case hex (as CAs use it for file-based validation).
    pub fn der_sha256_hex(&self) -> String {
        hex::encode_upper(Sha256::digest(&self.der))
    }

    /// SHA-256 of the public key (DER `SubjectPublicKeyInfo`), lower-case hex: equal to
    /// [`PrivateKey::public_key_sha256`](crate::key::PrivateKey::public_key_sha256) of its key.
    pub fn public_key_sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.public_key_spki_der))
    }

    /// MD5 of the DER request, upper-case hex.
    pub fn der_md5_hex(&self) -> String {
        hex::encode_upper(Md5::digest(&self.der))
    }
}
