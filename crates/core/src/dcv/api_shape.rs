//! The DCV values in the API's own shapes: `pre_dcv_info` entries and `dcv_info` entries.

use md5::{Digest as _, Md5};
use serde::{Deserialize, Serialize};

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
