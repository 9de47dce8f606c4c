//! The sandbox certificate authority: a root and an intermediate CA (generated at start or
//! loaded from a directory) that sign leaf certificates for the CSR's public key.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType, SerialNumber, SubjectPublicKeyInfo,
};
use serde_json::{Map, Value};
use time::{Duration, OffsetDateTime};

use crate::error::SandboxError;

/// File names inside `--ca-dir`.
const ROOT_CERT: &str = "sandbox-root-ca.pem";
const ROOT_KEY: &str = "sandbox-root-ca.key";
const INTERMEDIATE_CERT: &str = "sandbox-intermediate-ca.pem";
const INTERMEDIATE_KEY: &str = "sandbox-intermediate-ca.key";

/// The root and intermediate CA of the sandbox.
pub struct SandboxCa {
    root_pem: String,
    intermediate_pem: String,
    intermediate: Issuer<'static, KeyPair>,
}

/// A leaf certificate signed by the sandbox intermediate.
#[derive(Debug, Clone)]
pub struct IssuedCertificate {
    /// Leaf certificate PEM (`cert_code`).
    pub cert_pem: String,
    /// Intermediate then root PEM (`ca_code`).
    pub ca_pem: String,
    /// Start of validity.
    pub not_before: OffsetDateTime,
    /// End of validity.
    pub not_after: OffsetDateTime,
}

impl SandboxCa {
    /// Loads the CA from `dir` when its four files exist; otherwise generates a new CA and,
    /// when `dir` is given, writes it there so later runs reuse it.
    pub fn load_or_generate(dir: Option<&Path>) -> Result<Self, SandboxError> {
        if let Some(dir) = dir
            && dir.join(ROOT_CERT).exists()
        {
            return Self::load(dir);
        }

        let (root_cert, root_key, intermediate_cert, intermediate_key) = generate()?;
        if let Some(dir) = dir {
            std::fs::create_dir_all(dir).map_err(|source| SandboxError::CaFile {
                path: dir.to_path_buf(),
                source,
            })?;
            write(&dir.join(ROOT_CERT), &root_cert)?;
            write(&dir.join(ROOT_KEY), &root_key)?;
            write(&dir.join(INTERMEDIATE_CERT), &intermediate_cert)?;
            write(&dir.join(INTERMEDIATE_KEY), &intermediate_key)?;
        }

        let key = KeyPair::from_pem(&intermediate_key)?;
        Ok(Self {
            intermediate: Issuer::from_ca_cert_pem(&intermediate_cert, key)?,
            root_pem: root_cert,
            intermediate_pem: intermediate_cert,
        })
    }

    fn load(dir: &Path) -> Result<Self, SandboxError> {
        let root_pem = read(&dir.join(ROOT_CERT))?;
        let intermediate_pem = read(&dir.join(INTERMEDIATE_CERT))?;
        let key = KeyPair::from_pem(&read(&dir.join(INTERMEDIATE_KEY))?)?;
        Ok(Self {
            intermediate: Issuer::from_ca_cert_pem(&intermediate_pem, key)?,
            root_pem,
            intermediate_pem,
        })
    }

    /// The root CA certificate PEM, for clients that want to trust issued leaves.
    pub fn root_pem(&self) -> &str {
        &self.root_pem
    }

    /// The `ca_code` of issued certificates: intermediate PEM followed by root PEM.
    pub fn chain_pem(&self) -> String {
        format!("{}{}", self.intermediate_pem, self.root_pem)
    }

    /// Signs a leaf for `spki_der` (the CSR's SubjectPublicKeyInfo) with CN = first name,
    /// SANs = all names (IPs as IP addresses), serverAuth, valid for `days`. An OV or EV order's
    /// `organization` (its `org_info`) adds the vetted organisation to the subject, as OV and EV
    /// certificates carry it: O, L, ST and C.
    pub fn issue_leaf(
        &self,
        spki_der: &[u8],
        names: &[String],
        organization: Option<&Map<String, Value>>,
        days: i64,
        serial: u64,
    ) -> Result<IssuedCertificate, SandboxError> {
        let public_key = SubjectPublicKeyInfo::from_der(spki_der)?;
        let not_before = OffsetDateTime::now_utc() - Duration::minutes(5);
        let not_after = not_before + Duration::days(days);

        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        if let Some(first) = names.first() {
            dn.push(DnType::CommonName, first.as_str());
        }
        for (field, kind) in [
            ("organization_name", DnType::OrganizationName),
            ("city", DnType::LocalityName),
            ("state", DnType::StateOrProvinceName),
            ("country", DnType::CountryName),
        ] {
            if let Some(value) = organization
                .and_then(|fields| fields.get(field))
                .and_then(Value::as_str)
                .filter(|value| !value.is_empty())
            {
                dn.push(kind, value);
            }
        }
        params.distinguished_name = dn;
        params.subject_alt_names = names
            .iter()
            .map(|name| match name.parse::<IpAddr>() {
                Ok(ip) => Ok(SanType::IpAddress(ip)),
                Err(_) => name.clone().try_into().map(SanType::DnsName),
            })
            .collect::<Result<_, _>>()?;
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        params.use_authority_key_identifier_extension = true;
        params.serial_number = Some(leaf_serial(serial)?);
        params.not_before = not_before;
        params.not_after = not_after;

        let leaf = params.signed_by(&public_key, &self.intermediate)?;
        Ok(IssuedCertificate {
            cert_pem: leaf.pem(),
            ca_pem: self.chain_pem(),
            not_before,
            not_after,
        })
    }
}

/// Generates root and intermediate; returns (root cert, root key, intermediate cert, intermediate key) PEMs.
fn generate() -> Result<(String, String, String, String), SandboxError> {
    let now = OffsetDateTime::now_utc();

    let root_key = KeyPair::generate()?;
    let mut root_params = ca_params("TrustOcean Sandbox Root CA", now, 3650);
    root_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let root_cert = root_params.self_signed(&root_key)?;
    let root_issuer = Issuer::new(root_params, &root_key);

    let intermediate_key = KeyPair::generate()?;
    let mut intermediate_params = ca_params("TrustOcean Sandbox DV CA", now, 1825);
    intermediate_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    intermediate_params.use_authority_key_identifier_extension = true;
    let intermediate_cert = intermediate_params.signed_by(&intermediate_key, &root_issuer)?;

    Ok((
        root_cert.pem(),
        root_key.serialize_pem(),
        intermediate_cert.pem(),
        intermediate_key.serialize_pem(),
    ))
}

fn ca_params(common_name: &str, now: OffsetDateTime, days: i64) -> CertificateParams {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "TrustOcean Sandbox");
    dn.push(DnType::CommonName, common_name);
    params.distinguished_name = dn;
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.not_before = now - Duration::days(1);
    params.not_after = now + Duration::days(days);
    params
}

fn read(path: &Path) -> Result<String, SandboxError> {
    std::fs::read_to_string(path).map_err(|source| SandboxError::CaFile {
        path: PathBuf::from(path),
        source,
    })
}

fn write(path: &Path, contents: &str) -> Result<(), SandboxError> {
    std::fs::write(path, contents).map_err(|source| SandboxError::CaFile {
        path: PathBuf::from(path),
        source,
    })
}

/// A positive 16-byte serial: 8 random bytes, then the order counter.
///
/// The counter alone would repeat across runs that reuse a CA from `--ca-dir`, and two
/// certificates with one issuer and serial make verifiers reject both.
fn leaf_serial(counter: u64) -> Result<SerialNumber, SandboxError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes[..8])
        .map_err(|error| SandboxError::Runtime(std::io::Error::other(error)))?;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01;
    bytes[8..].copy_from_slice(&counter.to_be_bytes());
    Ok(SerialNumber::from(bytes.to_vec()))
}
