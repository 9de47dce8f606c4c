//! [`generate`]: a new key and a CSR from what the customer entered, signed with SHA-256
//! (SHA-384 on P-384), nothing added to the subject and nothing kept.

use std::net::IpAddr;

use rcgen::{
    CertificateParams, DistinguishedName, DnType, DnValue, PublicKeyData, SanType,
    SignatureAlgorithm as RcgenAlgorithm, SigningKey,
    string::{Ia5String, PrintableString},
};
use zeroize::Zeroizing;

use super::{
    model::{Csr, Subject},
    parse::parse,
};
use crate::{
    domain,
    error::{Error, Result},
    key::{self, Curve, KeyKind, PrivateKey},
};

/// OID of `emailAddress` (PKCS#9), which rcgen has no named type for.
const EMAIL_ADDRESS_OID: [u64; 7] = [1, 2, 840, 113549, 1, 9, 1];

/// A new CSR and the key it was made with. The key is returned once; nothing is stored.
#[derive(Debug)]
pub struct GeneratedCsr {
    /// The request, parsed back (its signature verified).
    pub csr: Csr,
    /// The request as PEM.
    pub csr_pem: String,
    /// The new private key.
    pub private_key: PrivateKey,
}

impl GeneratedCsr {
    /// The private key as PKCS#8 PEM, encrypted (PBES2, AES-256-CBC) when a password is given.
    ///
    /// # Errors
    /// `key.password_empty` for `Some("")`.
    pub fn private_key_pem(&self, password: Option<&str>) -> Result<Zeroizing<String>> {
        match password {
            Some(password) => self.private_key.to_pkcs8_encrypted_pem(password),
            None => Ok(self.private_key.to_pkcs8_pem()),
        }
    }
}

/// Generates a key of `kind` and a CSR for it.
///
/// The subject holds exactly the non-empty fields of `subject`, trimmed, in the order C, ST, L,
/// O, OU, CN, emailAddress. The CN is required and normalised like any domain name (lower case,
/// IDN as punycode). The SANs are the CN followed by `sans`, normalised, duplicates dropped.
///
/// # Errors
/// `csr.missing_common_name`, `csr.country_invalid`, `csr.email_invalid`,
/// `csr.field_too_long`, `csr.field_invalid`, any `domain.*` code for a name that is not a valid
/// domain or IP address, and the `key.*` codes of [`key::generate`].
pub fn generate(subject: &Subject, kind: KeyKind, sans: &[String]) -> Result<GeneratedCsr> {
    let params = request_params(subject, sans)?;
    let private_key = key::generate(kind)?;
    sign(&params, private_key)
}

/// Makes a CSR for an existing key (a reissue that keeps the key), with the same rules as
/// [`generate`].
///
/// # Errors
/// As [`generate`], plus `key.unsupported_type` for a P-521 key.
pub fn generate_for_key(subject: &Subject, key: &PrivateKey, sans: &[String]) -> Result<Csr> {
    let params = request_params(subject, sans)?;
    let request = params
        .serialize_request(&CsrSigner::new(key)?)
        .map_err(|_| signing_failed())?;
    parse(request.der())
}

fn sign(params: &CertificateParams, private_key: PrivateKey) -> Result<GeneratedCsr> {
    let request = params
        .serialize_request(&CsrSigner::new(&private_key)?)
        .map_err(|_| signing_failed())?;
    let csr = parse(request.der())?;
    Ok(GeneratedCsr {
        csr_pem: csr.to_pem(),
        csr,
        private_key,
    })
}

fn request_params(subject: &Subject, sans: &[String]) -> Result<CertificateParams> {
    let common_name = field(&subject.common_name, "CN", 64)?.ok_or_else(|| {
        Error::rejected(
            "csr.missing_common_name",
            "enter the domain name the certificate is for (the common name)",
        )
    })?;
    let common_name = domain::normalize(common_name)?;

    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(subject, common_name.as_str())?;
    params.subject_alt_names = subject_alt_names(common_name.as_str(), sans)?;
    Ok(params)
}

fn distinguished_name(subject: &Subject, common_name: &str) -> Result<DistinguishedName> {
    let mut name = DistinguishedName::new();

    if let Some(country) = field(&subject.country, "C", 2)? {
        let country = country.to_ascii_uppercase();
        let printable = PrintableString::try_from(country.as_str()).ok();
        match printable {
            Some(value) if country.chars().all(|c| c.is_ascii_uppercase()) => {
                name.push(DnType::CountryName, DnValue::PrintableString(value));
            }
            _ => return Err(country_invalid()),
        }
    }
    let text_fields = [
        (&subject.state, DnType::StateOrProvinceName, "ST", 128),
        (&subject.locality, DnType::LocalityName, "L", 128),
        (&subject.organization, DnType::OrganizationName, "O", 64),
        (
            &subject.organizational_unit,
            DnType::OrganizationalUnitName,
            "OU",
            64,
        ),
    ];
    for (value, dn_type, label, max) in text_fields {
        if let Some(value) = field(value, label, max)? {
            name.push(dn_type, DnValue::Utf8String(value.to_owned()));
        }
    }
    name.push(
        DnType::CommonName,
        DnValue::Utf8String(common_name.to_owned()),
    );
    if let Some(email) = field(&subject.email, "emailAddress", 128)? {
        name.push(
            DnType::CustomDnType(EMAIL_ADDRESS_OID.to_vec()),
            DnValue::Ia5String(email_address(email)?),
        );
    }
    Ok(name)
}

/// A trimmed field, `None` when empty; refused when too long or holding control characters.
fn field<'a>(value: &'a Option<String>, label: &str, max_chars: usize) -> Result<Option<&'a str>> {
    let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().any(char::is_control) {
        return Err(Error::rejected(
            "csr.field_invalid",
            format!("the {label} field contains control characters; enter plain text"),
        ));
    }
    if label == "C" && value.chars().count() != 2 {
        return Err(country_invalid());
    }
    if value.chars().count() > max_chars {
        return Err(Error::rejected(
            "csr.field_too_long",
            format!("the {label} field is longer than {max_chars} characters; shorten it"),
        ));
    }
    Ok(Some(value))
}

fn email_address(email: &str) -> Result<Ia5String> {
    let plausible = email.is_ascii()
        && !email.contains(char::is_whitespace)
        && email
            .split_once('@')
            .is_some_and(|(local, host)| !local.is_empty() && host.contains('.'));
    plausible
        .then(|| Ia5String::try_from(email).ok())
        .flatten()
        .ok_or_else(|| {
            Error::rejected(
                "csr.email_invalid",
                "the e-mail address is not valid; enter it as name@example.com, in ASCII",
            )
        })
}

fn country_invalid() -> Error {
    Error::rejected(
        "csr.country_invalid",
        "the country must be a two-letter ISO 3166 code, such as GB, DE or CN",
    )
}

/// The CN first, then the given names; each normalised, each once.
fn subject_alt_names(common_name: &str, sans: &[String]) -> Result<Vec<SanType>> {
    let mut seen: Vec<String> = vec![common_name.to_owned()];
    for san in sans.iter().filter(|s| !s.trim().is_empty()) {
        let name = domain::normalize(san)?;
        if !seen.iter().any(|s| s == name.as_str()) {
            seen.push(name.as_str().to_owned());
        }
    }

    seen.into_iter()
        .map(|name| match name.parse::<IpAddr>() {
            Ok(address) => Ok(SanType::IpAddress(address)),
            Err(_) => Ia5String::try_from(name)
                .map(SanType::DnsName)
                .map_err(|_| Error::invalid("sans", "a name is not ASCII after normalisation")),
        })
        .collect()
}

fn signing_failed() -> Error {
    Error::rejected("csr.signing_failed", "the CSR could not be signed")
}

/// Lets rcgen sign the request with a [`PrivateKey`] without the key ever leaving it.
struct CsrSigner<'a> {
    key: &'a PrivateKey,
    algorithm: &'static RcgenAlgorithm,
}

impl<'a> CsrSigner<'a> {
    fn new(key: &'a PrivateKey) -> Result<Self> {
        let algorithm = match key.kind() {
            KeyKind::Rsa { .. } => &rcgen::PKCS_RSA_SHA256,
            KeyKind::Ec(Curve::P256) => &rcgen::PKCS_ECDSA_P256_SHA256,
            KeyKind::Ec(Curve::P384) => &rcgen::PKCS_ECDSA_P384_SHA384,
            KeyKind::Ec(Curve::P521) => {
                return Err(Error::rejected(
                    "key.unsupported_type",
                    "CSRs are made for RSA, P-256 and P-384 keys only; CAs refuse P-521",
                ));
            }
        };
        Ok(Self { key, algorithm })
    }
}

impl PublicKeyData for CsrSigner<'_> {
    fn der_bytes(&self) -> &[u8] {
        self.key.public_key_raw()
    }

    fn algorithm(&self) -> &'static RcgenAlgorithm {
        self.algorithm
    }
}

impl SigningKey for CsrSigner<'_> {
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>, rcgen::Error> {
        self.key
            .sign(message)
            .map_err(|_| rcgen::Error::RemoteKeyError)
    }
}
