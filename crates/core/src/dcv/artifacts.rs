//! [`artifacts`]: every DCV value a customer needs, per domain, from a CSR and a unique_id.

use std::collections::HashSet;

use serde::Serialize;

use super::{
    CsrHashes, DnsCname, HttpValidation, HttpsValidation, PreDcvInfo, approver_emails_for,
    csr_hashes,
};
use crate::{
    domain::{self, Name, NameKind},
    error::Error,
};

/// Longest unique_id TrustOcean issues or takes (`addSSLOrder`: 8 to 20).
const UNIQUE_ID_MAX: usize = 20;

/// Shortest unique_id.
const UNIQUE_ID_MIN: usize = 8;

/// The DCV values of one domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DcvArtifacts {
    /// The normalised name as ordered (ASCII; a wildcard keeps its `*.`).
    pub domain: String,
    /// The host validated: the name without `*.`, or the IP.
    pub validation_host: String,
    /// Whether the name is an IP address.
    pub is_ip: bool,
    /// Labels of the validated host left of the registrable domain; `None` when there are none.
    pub subdomain: Option<String>,
    /// The registrable domain (the DNS zone the CNAME goes in); the IP itself for IPs.
    pub topdomain: String,
    /// The CNAME to create; `None` for IPs, which cannot be validated by DNS.
    pub dns: Option<DnsCname>,
    /// The file to serve over HTTP.
    pub http: HttpValidation,
    /// The file to serve over HTTPS (same name and content).
    pub https: HttpsValidation,
    /// Approver addresses for e-mail DCV, in the original module's order; empty for IPs.
    pub emails: Vec<String>,
}

/// The DCV values of every domain for a CSR (PEM or DER) and the order's unique_id, in the
/// order given. Names are normalised first (errors carry the `domain.*` codes); a name listed
/// twice after normalisation is `domain.duplicate`.
pub fn artifacts(
    csr: &[u8],
    unique_id: &str,
    domains: &[String],
) -> Result<Vec<DcvArtifacts>, Error> {
    if domains.is_empty() {
        return Err(Error::invalid(
            "domains",
            "no domain given; pass at least one name to validate",
        ));
    }
    let hashes = csr_hashes(csr)?;

    let mut seen = HashSet::new();
    let mut all = Vec::with_capacity(domains.len());
    for entered in domains {
        let name = domain::normalize(entered)?;
        if !seen.insert(name.as_str().to_owned()) {
            return Err(Error::rejected(
                domain::codes::DUPLICATE,
                format!("{name} is listed twice; list each name once"),
            ));
        }
        all.push(artifacts_for(&hashes, unique_id, &name)?);
    }
    Ok(all)
}

/// The DCV values of one normalised name, with the CSR hashes computed once by the caller.
pub fn artifacts_for(
    hashes: &CsrHashes,
    unique_id: &str,
    name: &Name,
) -> Result<DcvArtifacts, Error> {
    let unique_id = checked_unique_id(unique_id)?;

    let host = name.base_name().to_owned();
    let topdomain = name.registrable_domain().unwrap_or(&host).to_owned();
    let subdomain = name.subdomain().map(str::to_owned);
    let sha = &hashes.sha256;

    let dns = (!name.is_ip()).then(|| DnsCname {
        dns_host: match &subdomain {
            Some(sub) => format!("_{}.{sub}", hashes.md5),
            None => format!("_{}", hashes.md5),
        },
        dns_type: "CNAME".to_owned(),
        dns_value: format!(
            "{}.{}.{unique_id}.comodoca.com",
            sha.get(..32).unwrap_or(sha),
            sha.get(32..).unwrap_or_default()
        ),
    });

    let filename = format!("{}.txt", hashes.md5.to_ascii_uppercase());
    let content = format!("{sha}\r\ncomodoca.com\r\n{unique_id}");
    let host_in_url = match name.kind() {
        NameKind::Ipv6 => format!("[{host}]"),
        _ => host.clone(),
    };
    let path = format!(".well-known/pki-validation/{filename}");

    Ok(DcvArtifacts {
        domain: name.as_str().to_owned(),
        is_ip: name.is_ip(),
        subdomain,
        topdomain,
        dns,
        http: HttpValidation {
            http_verifylink: format!("http://{host_in_url}/{path}"),
            http_filename: filename.clone(),
            http_filecontent: content.clone(),
        },
        https: HttpsValidation {
            https_verifylink: format!("https://{host_in_url}/{path}"),
            https_filename: filename,
            https_filecontent: content,
        },
        emails: approver_emails_for(name),
        validation_host: host,
    })
}

/// The unique_id as it goes into the DNS value and the file: 8 to 20 letters or digits, in
/// lower case (TrustOcean issues lower-case ids; the original module lower-cased them too).
fn checked_unique_id(unique_id: &str) -> Result<String, Error> {
    let id = unique_id.trim();
    let length = id.chars().count();
    if !(UNIQUE_ID_MIN..=UNIQUE_ID_MAX).contains(&length)
        || !id.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Err(Error::invalid(
            "unique_id",
            format!(
                "the unique id must be {UNIQUE_ID_MIN} to {UNIQUE_ID_MAX} letters or digits (from createNewUniqueId), got {length} characters"
            ),
        ));
    }
    Ok(id.to_ascii_lowercase())
}

impl From<DcvArtifacts> for PreDcvInfo {
    fn from(artifacts: DcvArtifacts) -> Self {
        Self {
            isip: artifacts.is_ip,
            subdomain: artifacts.subdomain,
            topdomain: artifacts.topdomain,
            auth_email_addresses: artifacts.emails,
            dns_cname: artifacts.dns.unwrap_or_default(),
            http: artifacts.http,
            https: artifacts.https,
        }
    }
}

/// Computes the `pre_dcv_info` entry of one domain for a CSR (PEM or DER) and unique_id.
pub fn pre_dcv_info(csr: &[u8], unique_id: &str, domain: &str) -> Result<PreDcvInfo, Error> {
    let hashes = csr_hashes(csr)?;
    pre_dcv_info_with_hashes(&hashes, unique_id, domain)
}

/// Like [`pre_dcv_info`], with the CSR hashes computed once by the caller (for many domains).
/// IPs get an empty `dns_cname`: they cannot be validated by DNS.
pub fn pre_dcv_info_with_hashes(
    hashes: &CsrHashes,
    unique_id: &str,
    domain: &str,
) -> Result<PreDcvInfo, Error> {
    let name = domain::normalize(domain)?;
    artifacts_for(hashes, unique_id, &name).map(PreDcvInfo::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dcv::{
        DcvInfo, STATUS_NEEDS_VERIFICATION, STATUS_VERIFIED,
        test_csr::{TEST_CSR, TEST_CSR_MD5, TEST_CSR_SHA256},
    };

    fn one(domain: &str) -> DcvArtifacts {
        let mut all = artifacts(TEST_CSR.as_bytes(), "Abc12345XYZ", &[domain.to_owned()])
            .expect("valid input");
        all.remove(0)
    }

    #[test]
    fn subdomain_values_match_the_documented_scheme() {
        let info = one("api.example.com");
        let upper = TEST_CSR_MD5.to_ascii_uppercase();

        assert!(!info.is_ip);
        assert_eq!(info.domain, "api.example.com");
        assert_eq!(info.subdomain.as_deref(), Some("api"));
        assert_eq!(info.topdomain, "example.com");
        let dns = info.dns.expect("names have a CNAME");
        assert_eq!(dns.dns_host, format!("_{TEST_CSR_MD5}.api"));
        assert_eq!(dns.dns_type, "CNAME");
        assert_eq!(
            dns.dns_value,
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
        assert_eq!(info.https.https_filename, info.http.http_filename);
        assert_eq!(
            info.http.http_filecontent,
            format!("{TEST_CSR_SHA256}\r\ncomodoca.com\r\nabc12345xyz")
        );
        assert_eq!(info.https.https_filecontent, info.http.http_filecontent);
        assert_eq!(info.emails.len(), 10);
        assert_eq!(info.emails[0], "admin@example.com");
        assert_eq!(info.emails[5], "admin@api.example.com");
    }

    #[test]
    fn apex_has_no_subdomain() {
        let info = one("example.co.uk");
        assert_eq!(info.subdomain, None);
        assert_eq!(info.topdomain, "example.co.uk");
        assert_eq!(
            info.dns.expect("cname").dns_host,
            format!("_{TEST_CSR_MD5}")
        );
        assert_eq!(info.emails.len(), 5);
    }

    #[test]
    fn wildcard_validates_at_base_name() {
        let info = one("*.www.Example.com");
        assert_eq!(info.domain, "*.www.example.com");
        assert_eq!(info.validation_host, "www.example.com");
        assert_eq!(info.subdomain.as_deref(), Some("www"));
        assert!(
            info.http
                .http_verifylink
                .starts_with("http://www.example.com/")
        );
        assert_eq!(info.emails[0], "admin@example.com");
        assert_eq!(info.emails[5], "admin@www.example.com");

        assert_eq!(one("*.example.com").subdomain, None);
    }

    #[test]
    fn ips_have_files_only() {
        let v4 = one("192.0.2.7");
        assert!(v4.is_ip);
        assert_eq!(v4.dns, None);
        assert!(v4.emails.is_empty());
        assert_eq!(v4.subdomain, None);
        assert_eq!(v4.topdomain, "192.0.2.7");
        assert!(v4.http.http_verifylink.starts_with("http://192.0.2.7/"));

        let v6 = one("[2001:DB8:0::1]");
        assert_eq!(v6.domain, "2001:db8::1");
        assert!(
            v6.https
                .https_verifylink
                .starts_with("https://[2001:db8::1]/")
        );

        let pre = PreDcvInfo::from(v6);
        assert_eq!(pre.dns_cname, DnsCname::default());
    }

    #[test]
    fn idn_names_use_punycode_everywhere() {
        let info = one("Bücher.example.com");
        assert_eq!(info.domain, "xn--bcher-kva.example.com");
        assert!(
            info.http
                .http_verifylink
                .starts_with("http://xn--bcher-kva.example.com/")
        );
        assert_eq!(info.emails[5], "admin@xn--bcher-kva.example.com");
    }

    #[test]
    fn bad_input_gives_reason_codes() {
        let csr = TEST_CSR.as_bytes();
        let list = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let code = |result: Result<Vec<DcvArtifacts>, Error>| {
            result.err().and_then(|err| err.reason_code())
        };

        assert_eq!(
            code(artifacts(csr, "abc12345", &list(&["co.uk"]))),
            Some("domain.public_suffix")
        );
        assert_eq!(
            code(artifacts(csr, "abc12345", &list(&["bad_name.example.com"]))),
            Some("domain.invalid_character")
        );
        assert_eq!(
            code(artifacts(
                csr,
                "abc12345",
                &list(&["example.com", "EXAMPLE.com."])
            )),
            Some("domain.duplicate")
        );
        assert_eq!(code(artifacts(csr, "abc12345", &[])), Some("input.invalid"));
        assert_eq!(
            code(artifacts(csr, "short", &list(&["example.com"]))),
            Some("input.invalid")
        );
        assert_eq!(
            code(artifacts(csr, "abc12345.evil", &list(&["example.com"]))),
            Some("input.invalid")
        );
        assert_eq!(
            code(artifacts(b"garbage", "abc12345", &list(&["example.com"]))),
            Some("input.invalid")
        );
    }

    #[test]
    fn pre_dcv_info_and_dcv_info_keep_the_api_shape() {
        let pre = pre_dcv_info(TEST_CSR.as_bytes(), "abc12345", "example.com").expect("ok");
        assert_eq!(pre.auth_email_addresses[0], "admin@example.com");

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
