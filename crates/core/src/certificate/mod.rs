//! Certificates and chains: parsing, fingerprints, chain order, and matching a CSR or key.
//!
//! * [`parse`] describes the leaf of what the caller pasted (PEM or DER, one certificate or a
//!   whole chain), with the days left relative to a `now` the caller passes.
//! * [`parse_all`] returns every certificate; [`order_chain`] puts them leaf → root, drops
//!   duplicates and reports what does not belong or is missing.
//! * [`matches_key`] and [`matches_csr`] compare the leaf's public key with a private key's or a
//!   CSR's.
//!
//! Nothing here writes files or keeps what it was given after returning.

mod chain;
mod clock;
mod info;
mod input;
mod matching;

use serde::Serialize;
use x509_parser::prelude::{FromDer, X509Certificate};

pub use chain::{OrderedChain, order_chain, order_chain_from_leaf};
pub(crate) use clock::UtcDateTime;
pub use info::{CertificateInfo, KeyInfo, SubjectAltName};
pub use input::MAX_INPUT_BYTES;
pub use matching::{check_key, matches_csr, matches_key};

use crate::error::{Error, Result};

/// One parsed X.509 certificate: its DER and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    der: Vec<u8>,
    info: CertificateInfo,
    subject_der: Vec<u8>,
    issuer_der: Vec<u8>,
    public_key_der: Vec<u8>,
}

/// A certificate's fields plus where it stands at a given time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertificateDetails {
    /// The time-independent fields.
    #[serde(flatten)]
    pub info: CertificateInfo,
    /// Whole days from `now` to the end of validity; negative once expired.
    pub days_left: i64,
    /// `now` is after the end of validity.
    pub expired: bool,
    /// `now` is before the start of validity.
    pub not_yet_valid: bool,
}

impl Certificate {
    /// Parses the DER of exactly one certificate.
    pub fn from_der(der: &[u8]) -> Result<Self> {
        let ders = input::decode_certificates(der)?;
        match <[Vec<u8>; 1]>::try_from(ders) {
            Ok([der]) => Self::from_checked_der(der),
            Err(_) => Err(Error::rejected(
                "certificate.unparsable",
                "several certificates were given where exactly one is expected",
            )),
        }
    }

    /// Builds the value from DER that `input::decode_certificates` already accepted.
    fn from_checked_der(der: Vec<u8>) -> Result<Self> {
        let (_, parsed) = X509Certificate::from_der(&der).map_err(|err| {
            Error::rejected(
                "certificate.unparsable",
                format!("the certificate could not be read: {err}"),
            )
        })?;
        let info = info::describe(&parsed, &der);
        let subject_der = parsed.subject().as_raw().to_vec();
        let issuer_der = parsed.issuer().as_raw().to_vec();
        let public_key_der = parsed.public_key().raw.to_vec();
        Ok(Self {
            der,
            info,
            subject_der,
            issuer_der,
            public_key_der,
        })
    }

    /// The certificate's DER encoding.
    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// The certificate as one PEM block with `\n` line endings.
    pub fn to_pem(&self) -> String {
        let config = pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF);
        pem::encode_config(&pem::Pem::new("CERTIFICATE", self.der.clone()), config)
    }

    /// The time-independent fields.
    pub fn info(&self) -> &CertificateInfo {
        &self.info
    }

    /// The fields plus the days left and validity at `now` (Unix seconds).
    pub fn details(&self, now: i64) -> CertificateDetails {
        CertificateDetails {
            days_left: (self.info.not_after_unix - now).div_euclid(clock::SECONDS_PER_DAY),
            expired: now > self.info.not_after_unix,
            not_yet_valid: now < self.info.not_before_unix,
            info: self.info.clone(),
        }
    }

    /// The DER SubjectPublicKeyInfo, to compare with a key's or a CSR's.
    pub fn public_key_spki_der(&self) -> &[u8] {
        &self.public_key_der
    }

    /// The name the certificate is for: the common name, else the first DNS name, else the
    /// first IP address.
    pub fn primary_name(&self) -> Option<&str> {
        self.info
            .common_name
            .as_deref()
            .or_else(|| self.info.dns_names.first().map(String::as_str))
            .or_else(|| self.info.ip_addresses.first().map(String::as_str))
    }

    /// The DER of the subject name.
    pub(crate) fn subject_der(&self) -> &[u8] {
        &self.subject_der
    }

    /// The DER of the issuer name.
    pub(crate) fn issuer_der(&self) -> &[u8] {
        &self.issuer_der
    }
}

/// Every certificate in `input` (PEM, possibly several blocks, or DER), in input order.
///
/// Refuses, with these reason codes: `certificate.too_large` (over [`MAX_INPUT_BYTES`], checked
/// first), `certificate.empty`, `certificate.truncated`, `certificate.wrong_pem_type` (a key or
/// CSR block), `certificate.unparsable`.
pub fn parse_all(input: &[u8]) -> Result<Vec<Certificate>> {
    input::decode_certificates(input)?
        .into_iter()
        .map(Certificate::from_checked_der)
        .collect()
}

/// The leaf of `input`: the certificate itself, or the end-entity certificate when a whole chain
/// was pasted (in any order).
pub fn parse_leaf(input: &[u8]) -> Result<Certificate> {
    let mut certificates = parse_all(input)?;
    if certificates.len() == 1 {
        return Ok(certificates.remove(0));
    }
    Ok(order_chain(certificates)?.into_leaf())
}

/// Describes the leaf of `input` at `now` (Unix seconds). Errors as [`parse_all`].
pub fn parse(input: &[u8], now: i64) -> Result<CertificateDetails> {
    Ok(parse_leaf(input)?.details(now))
}
