//! Sectigo CSR-hash domain control validation (DCV) values, as TrustOcean hands them out.
//!
//! Every value is derived from the DER bytes of the CSR: `md5 = MD5(der)` and
//! `sha = SHA-256(der)`, both as hex. The `unique_id` of the order is part of the DNS value
//! and of the validation file, so it must be fixed before the instructions are shown.
//!
//! The validation file uses `\r\n` line endings, as the TrustOcean documentation example does
//! (one SDK mock uses `\n`; Sectigo's checker accepts both).

use std::net::IpAddr;

use md5::{Digest as _, Md5};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use sha2::Sha256;

/// The e-mail local parts Sectigo accepts as domain approvers.
pub const APPROVER_LOCAL_PARTS: [&str; 5] = [
    "admin",
    "administrator",
    "hostmaster",
    "postmaster",
    "webmaster",
];

/// The DCV status of a domain that still has to be validated.
pub const STATUS_NEEDS_VERIFICATION: &str = "needverification";

/// The DCV status of a validated domain.
pub const STATUS_VERIFIED: &str = "verified";

fn invalid_csr() -> Error {
    Error::invalid("csr_code", "not a valid PEM or DER certificate request")
}

fn invalid_domain(domain: &str) -> Error {
    Error::invalid(
        "domain",
        format!("{domain:?} is not a valid domain name, wildcard or IP address"),
    )
}

/// The MD5 and SHA-256 of the CSR's DER bytes, lowercase hex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsrHashes {
    /// MD5 of the DER bytes, 32 lowercase hex digits.
    pub md5: String,
    /// SHA-256 of the DER bytes, 64 lowercase hex digits.
    pub sha256: String,
}

/// The `dns_cname` object of a `pre_dcv_info` entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DnsCname {
    /// Host label relative to the registrable domain, e.g. `_<md5>.api`.
    pub dns_host: String,
    /// Always `CNAME`.
    pub dns_type: String,
    /// `<sha[0:32]>.<sha[32:64]>.<unique_id>.comodoca.com`.
    pub dns_value: String,
}

/// The `http` object of a `pre_dcv_info` entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HttpValidation {
    /// `http://<fqdn>/.well-known/pki-validation/<MD5 UPPER>.txt`.
    pub http_verifylink: String,
    /// `<MD5 UPPER>.txt`.
    pub http_filename: String,
    /// `<sha>\r\ncomodoca.com\r\n<unique_id>`.
    pub http_filecontent: String,
}

/// The `https` object of a `pre_dcv_info` entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HttpsValidation {
    /// `https://<fqdn>/.well-known/pki-validation/<MD5 UPPER>.txt`.
    pub https_verifylink: String,
    /// `<MD5 UPPER>.txt`.
    pub https_filename: String,
    /// `<sha>\r\ncomodoca.com\r\n<unique_id>`.
    pub https_filecontent: String,
}

/// One entry of `getPreDomainValidationInformation`'s `pre_dcv_info` map, with the API's field names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreDcvInfo {
    /// Whether the name is an IP address.
    pub isip: bool,
    /// Labels left of the registrable domain (`api` for `api.example.com`), `None` when there are none.
    pub subdomain: Option<String>,
    /// The registrable domain (for an IP: the IP itself).
    pub topdomain: String,
    /// Approver addresses usable as e-mail DCV (empty for IPs).
    pub auth_email_addresses: Vec<String>,
    /// DNS CNAME validation values.
    pub dns_cname: DnsCname,
    /// HTTP file validation values.
    pub http: HttpValidation,
    /// HTTPS file validation values.
    pub https: HttpsValidation,
}

/// One entry of an order's `dcv_info` map (`addSSLOrder`, `getSSLDetails`), with the API's field names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DcvInfo {
    /// The domain as ordered (wildcards keep their `*.`).
    pub domain: String,
    /// Approver addresses usable as e-mail DCV.
    pub emails: Vec<String>,
    /// `dns`, `http`, `https` or `email`.
    pub method: String,
    /// `needverification` or `verified`.
    pub status: String,
    /// MD5 of the domain name as ordered, lowercase hex (used as a stable HTML id by clients).
    pub domainmd5hash: String,
    /// Whether the name is an IP address.
    pub isip: bool,
    /// Labels left of the registrable domain, `None` when there are none.
    pub subdomain: Option<String>,
    /// The registrable domain (for an IP: the IP itself).
    pub topdomain: String,
    /// CNAME host relative to the registrable domain.
    pub dns_host: String,
    /// Always `CNAME`.
    pub dns_type: String,
    /// CNAME target.
    pub dns_value: String,
    /// HTTP validation URL.
    pub http_verifylink: String,
    /// HTTP validation file name.
    pub http_filename: String,
    /// HTTP validation file content.
    pub http_filecontent: String,
    /// HTTPS validation URL.
    pub https_verifylink: String,
    /// HTTPS validation file name.
    pub https_filename: String,
    /// HTTPS validation file content.
    pub https_filecontent: String,
    /// The chosen approver address when `method` is `email`, else `None`.
    pub email: Option<String>,
}

impl DcvInfo {
    /// Builds a `dcv_info` entry from pre-validation values and the chosen `dcv_method`
    /// (`dns`, `http`, `https` or an approver e-mail address).
    pub fn from_pre(domain: &str, pre: &PreDcvInfo, dcv_method: &str, status: &str) -> Self {
        let (method, email) = if dcv_method.contains('@') {
            ("email".to_owned(), Some(dcv_method.to_ascii_lowercase()))
        } else {
            (dcv_method.to_ascii_lowercase(), None)
        };

        Self {
            domain: domain.to_owned(),
            emails: pre.auth_email_addresses.clone(),
            method,
            status: status.to_owned(),
            domainmd5hash: hex::encode(Md5::digest(domain.as_bytes())),
            isip: pre.isip,
            subdomain: pre.subdomain.clone(),
            topdomain: pre.topdomain.clone(),
            dns_host: pre.dns_cname.dns_host.clone(),
            dns_type: pre.dns_cname.dns_type.clone(),
            dns_value: pre.dns_cname.dns_value.clone(),
            http_verifylink: pre.http.http_verifylink.clone(),
            http_filename: pre.http.http_filename.clone(),
            http_filecontent: pre.http.http_filecontent.clone(),
            https_verifylink: pre.https.https_verifylink.clone(),
            https_filename: pre.https.https_filename.clone(),
            https_filecontent: pre.https.https_filecontent.clone(),
            email,
        }
    }
}

/// What kind of name a domain entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainKind {
    /// An IPv4 or IPv6 address.
    Ip(IpAddr),
    /// A DNS name; `base` is the lowercase name without a leading `*.`.
    Dns {
        /// Whether the entry started with `*.`.
        wildcard: bool,
        /// The name validated for the entry (the wildcard's base name).
        base: String,
    },
}

/// Classifies and syntax-checks a domain entry (FQDN, `*.` wildcard or IP address).
pub fn classify_domain(domain: &str) -> Result<DomainKind, Error> {
    let trimmed = domain.trim();
    if let Ok(ip) = trimmed.parse::<IpAddr>() {
        return Ok(DomainKind::Ip(ip));
    }

    let lower = trimmed.to_ascii_lowercase();
    let (wildcard, base) = match lower.strip_prefix("*.") {
        Some(rest) => (true, rest.to_owned()),
        None => (false, lower),
    };

    if !is_valid_fqdn(&base) {
        return Err(invalid_domain(domain));
    }
    Ok(DomainKind::Dns { wildcard, base })
}

/// Whether `name` is a syntactically valid FQDN with at least two labels and an alphabetic TLD.
pub fn is_valid_fqdn(name: &str) -> bool {
    if name.is_empty() || name.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let tld_ok = labels
        .last()
        .is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_alphabetic()));
    labels.iter().all(label_ok) && tld_ok
}

/// The registrable domain ("eTLD+1") of a lowercase DNS name, per the Public Suffix List.
pub fn registrable_domain(name: &str) -> Result<String, Error> {
    psl::domain_str(name).map(str::to_owned).ok_or_else(|| {
        Error::invalid(
            "domain",
            format!("{name:?} is a public suffix; there is no registrable domain to validate"),
        )
    })
}

/// Returns the DER bytes of a CSR given as PEM (`CERTIFICATE REQUEST` or `NEW CERTIFICATE REQUEST`) or DER.
pub fn csr_der(csr: &[u8]) -> Result<Vec<u8>, Error> {
    let looks_like_pem = csr
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .is_some_and(|start| csr[start..].starts_with(b"-----BEGIN"));

    if looks_like_pem {
        let parsed = pem::parse(csr).map_err(|_| invalid_csr())?;
        if !parsed.tag().ends_with("CERTIFICATE REQUEST") {
            return Err(invalid_csr());
        }
        return Ok(parsed.into_contents());
    }

    // DER: a CSR is an ASN.1 SEQUENCE; anything else is certainly not one.
    if csr.first() == Some(&0x30) && csr.len() > 16 {
        Ok(csr.to_vec())
    } else {
        Err(invalid_csr())
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

/// The approver addresses of a domain: the five local parts at every level from the FQDN
/// (wildcard stripped) down to the registrable domain, longest name first. IPs have none.
pub fn approver_emails(domain: &str) -> Result<Vec<String>, Error> {
    let base = match classify_domain(domain)? {
        DomainKind::Ip(_) => return Ok(Vec::new()),
        DomainKind::Dns { base, .. } => base,
    };
    let top = registrable_domain(&base)?;

    let mut levels = Vec::new();
    let mut current = base.as_str();
    loop {
        levels.push(current.to_owned());
        if current == top {
            break;
        }
        match current.split_once('.') {
            Some((_, parent)) => current = parent,
            None => break,
        }
    }

    Ok(levels
        .iter()
        .flat_map(|level| {
            APPROVER_LOCAL_PARTS
                .iter()
                .map(move |local| format!("{local}@{level}"))
        })
        .collect())
}

/// Computes the `pre_dcv_info` entry of one domain for a CSR (PEM or DER) and unique_id.
pub fn pre_dcv_info(csr: &[u8], unique_id: &str, domain: &str) -> Result<PreDcvInfo, Error> {
    let hashes = csr_hashes(csr)?;
    pre_dcv_info_with_hashes(&hashes, unique_id, domain)
}

/// Like [`pre_dcv_info`], with the CSR hashes computed once by the caller (for many domains).
pub fn pre_dcv_info_with_hashes(
    hashes: &CsrHashes,
    unique_id: &str,
    domain: &str,
) -> Result<PreDcvInfo, Error> {
    let kind = classify_domain(domain)?;

    // The name actually checked: the wildcard's base, or the IP in its canonical form.
    let (isip, fqdn, topdomain, subdomain) = match &kind {
        DomainKind::Ip(ip) => (true, ip.to_string(), ip.to_string(), None),
        DomainKind::Dns { base, .. } => {
            let top = registrable_domain(base)?;
            let sub = base
                .strip_suffix(top.as_str())
                .and_then(|rest| rest.strip_suffix('.'))
                .filter(|rest| !rest.is_empty())
                .map(str::to_owned);
            (false, base.clone(), top, sub)
        }
    };

    let md5_upper = hashes.md5.to_ascii_uppercase();
    let sha = &hashes.sha256;
    let dns_host = match &subdomain {
        Some(sub) => format!("_{}.{sub}", hashes.md5),
        None => format!("_{}", hashes.md5),
    };
    let dns_value = format!("{}.{}.{unique_id}.comodoca.com", &sha[..32], &sha[32..]);
    let filename = format!("{md5_upper}.txt");
    let filecontent = format!("{sha}\r\ncomodoca.com\r\n{unique_id}");
    let host_in_url = match &kind {
        DomainKind::Ip(IpAddr::V6(_)) => format!("[{fqdn}]"),
        _ => fqdn.clone(),
    };
    let path = format!(".well-known/pki-validation/{filename}");

    Ok(PreDcvInfo {
        isip,
        subdomain,
        topdomain,
        auth_email_addresses: approver_emails(domain)?,
        dns_cname: DnsCname {
            dns_host,
            dns_type: "CNAME".to_owned(),
            dns_value,
        },
        http: HttpValidation {
            http_verifylink: format!("http://{host_in_url}/{path}"),
            http_filename: filename.clone(),
            http_filecontent: filecontent.clone(),
        },
        https: HttpsValidation {
            https_verifylink: format!("https://{host_in_url}/{path}"),
            https_filename: filename,
            https_filecontent: filecontent,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Made once with:
    /// `openssl req -new -newkey rsa:2048 -nodes -keyout /dev/null -subj "/CN=api.example.com" -out test.csr`
    const TEST_CSR: &str = "\
-----BEGIN CERTIFICATE REQUEST-----
MIICXzCCAUcCAQAwGjEYMBYGA1UEAwwPYXBpLmV4YW1wbGUuY29tMIIBIjANBgkq
hkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArxmGwcNwjOtrX2wNIo56j4HzrOu+4rTE
nO97OEKKOr/XaC3NNpy+H2mmPFlbkPzPzrJYloEQ2U8LmhF185T8l/sUZiUJ5S5l
En9lTjUxuUBsTRfC7nk7YOD+IT94JYummSYN9oAK37mQl8EtbxZZbT4metr/Bum1
jUj9zLc3jPjvEb+sw1+xWlzSubWss28cZRerF0xYHD7zCqV1GLzfYBzE8O5BxvJI
xEw+fuUBlXKEr50kJ7KpVLYgXLNPKGrB8LQ1Zph7RQ8ONboLGRoAjW24rZ2lM1n9
Kg/6sTdS1Zt0G8ka4ueTNL0ZwldNAvnhQ6HR0dM6SZnY2d39zzNEiQIDAQABoAAw
DQYJKoZIhvcNAQELBQADggEBAHI6hmvFiP4Pvc2Sg3sBK3s0FKDd3I569EBr7Ugg
i3aOMBbFoKTfg3QBfoqflFePjzIVR7E35loJqaN1DT6k4X8MqTR44kRbEj9pzsAg
RmZ+zFCl4HW52ifzBMcpGncKEY/eDnZ+KMwdLSfdqa1SUZPpsRWx+XznnZKhF0rA
lTE2bJ6IHte5YKPMmKfKwW5RXT3wX57xk1lZ0FQi6Ux6MlLonDkSa3WUkhxhcj6C
BuEp9cXFc5j0E1xf81iuDjJSJZVwBGrTSWZJC3K6kFcdEWXhULuicaQXvBlkSDEN
Eb1yK7Nc+xJeQ6noSTmWAoZIR0Lzk68f8JBqMvKcJ03Hvh4=
-----END CERTIFICATE REQUEST-----
";

    /// `openssl req -in test.csr -outform DER | openssl md5`
    const TEST_CSR_MD5: &str = "545f4d3afab15f4b67ac948988072357";

    /// `openssl req -in test.csr -outform DER | openssl sha256`
    const TEST_CSR_SHA256: &str =
        "0535905c57194bd372d0a13efba86afdf6e61f54b1eaafe9eae57d778eb79ebc";

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
    }

    #[test]
    fn subdomain_values() {
        let info = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345xyz", "api.example.com")
            .expect("valid domain");
        let upper = TEST_CSR_MD5.to_ascii_uppercase();

        assert!(!info.isip);
        assert_eq!(info.subdomain.as_deref(), Some("api"));
        assert_eq!(info.topdomain, "example.com");
        assert_eq!(info.dns_cname.dns_host, format!("_{TEST_CSR_MD5}.api"));
        assert_eq!(info.dns_cname.dns_type, "CNAME");
        assert_eq!(
            info.dns_cname.dns_value,
            format!(
                "{}.{}.abc12345xyz.comodoca.com",
                &TEST_CSR_SHA256[..32],
                &TEST_CSR_SHA256[32..]
            )
        );
        assert_eq!(
            info.http.http_verifylink,
            format!("http://api.example.com/.well-known/pki-validation/{upper}.txt")
        );
        assert_eq!(
            info.https.https_verifylink,
            format!("https://api.example.com/.well-known/pki-validation/{upper}.txt")
        );
        assert_eq!(info.http.http_filename, format!("{upper}.txt"));
        assert_eq!(
            info.http.http_filecontent,
            format!("{TEST_CSR_SHA256}\r\ncomodoca.com\r\nabc12345xyz")
        );
        assert_eq!(info.auth_email_addresses.len(), 10);
        assert_eq!(info.auth_email_addresses[0], "admin@api.example.com");
        assert!(
            info.auth_email_addresses
                .contains(&"webmaster@example.com".to_owned())
        );
    }

    #[test]
    fn apex_has_no_subdomain() {
        let info = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "example.co.uk").expect("valid");
        assert_eq!(info.subdomain, None);
        assert_eq!(info.topdomain, "example.co.uk");
        assert_eq!(info.dns_cname.dns_host, format!("_{TEST_CSR_MD5}"));
        assert_eq!(info.auth_email_addresses.len(), 5);
    }

    #[test]
    fn wildcard_validates_at_base_name() {
        let info = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "*.www.Example.com").expect("ok");
        assert_eq!(info.subdomain.as_deref(), Some("www"));
        assert!(
            info.http
                .http_verifylink
                .starts_with("http://www.example.com/")
        );
        assert_eq!(info.auth_email_addresses[0], "admin@www.example.com");

        let apex = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "*.example.com").expect("ok");
        assert_eq!(apex.subdomain, None);
    }

    #[test]
    fn ip_has_no_emails() {
        let info = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "192.0.2.7").expect("ok");
        assert!(info.isip);
        assert!(info.auth_email_addresses.is_empty());
        assert_eq!(info.subdomain, None);
        assert!(info.http.http_verifylink.starts_with("http://192.0.2.7/"));

        let v6 = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "2001:db8::1").expect("ok");
        assert!(
            v6.https
                .https_verifylink
                .starts_with("https://[2001:db8::1]/")
        );
    }

    #[test]
    fn rejects_bad_input() {
        assert!(
            matches!(csr_hashes(b"not a csr"), Err(Error::InvalidInput { ref field, .. }) if field == "csr_code"),
            "garbage is not a CSR"
        );
        assert!(matches!(
            classify_domain("bad_name.example.com"),
            Err(Error::InvalidInput { .. })
        ));
        assert!(matches!(
            classify_domain("localhost"),
            Err(Error::InvalidInput { .. })
        ));
        assert!(matches!(
            approver_emails("co.uk"),
            Err(Error::InvalidInput { .. })
        ));
    }

    #[test]
    fn dcv_info_from_pre_maps_the_method() {
        let pre = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "example.com").expect("ok");
        let by_mail = DcvInfo::from_pre(
            "example.com",
            &pre,
            "admin@example.com",
            STATUS_NEEDS_VERIFICATION,
        );
        assert_eq!(by_mail.method, "email");
        assert_eq!(by_mail.email.as_deref(), Some("admin@example.com"));

        let by_dns = DcvInfo::from_pre("example.com", &pre, "dns", STATUS_VERIFIED);
        assert_eq!(by_dns.method, "dns");
        assert_eq!(by_dns.email, None);
        assert_eq!(by_dns.domainmd5hash.len(), 32);
        let json = serde_json::to_value(&by_dns).expect("serialises");
        assert!(json.get("https_filecontent").is_some());
    }
}
