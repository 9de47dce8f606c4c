//! `getPreDomainValidationInformation`: DCV details before an order exists.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::form::FormRequest;
use crate::api::{lenient, unique_id, validate};
use crate::dcv::{DnsCname, HttpValidation, HttpsValidation};
use crate::error::Result;

/// The request: the domains, the CSR and the unique id the order will use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreDomainValidation {
    /// Domains to validate (array or comma-separated).
    #[serde(deserialize_with = "lenient::list_from_any")]
    pub domains: Vec<String>,
    /// The PEM CSR (the DCV values are hashes of it).
    pub csr_code: String,
    /// The unique id the order will carry, 8 to 15 characters.
    #[serde(deserialize_with = "lenient::string_from_any")]
    pub unique_id: String,
}

impl FormRequest for PreDomainValidation {
    fn validate(&self) -> Result<()> {
        validate::domains("domains", &self.domains)?;
        validate::csr("csr_code", &self.csr_code)?;
        unique_id::check("unique_id", &self.unique_id, 15)
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("domains", self.domains.join(",")),
            ("csr_code", self.csr_code.trim().to_owned()),
            ("unique_id", self.unique_id.clone()),
        ]
    }
}

/// The answer: one entry per domain.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PreDomainValidationInfo {
    /// DCV details by domain.
    pub pre_dcv_info: IndexMap<String, PreDcvEntry>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How one domain can be validated.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PreDcvEntry {
    /// The name is an IP address (HTTP/HTTPS validation only).
    #[serde(default, deserialize_with = "lenient::bool_from_any")]
    pub isip: bool,
    /// The labels left of the registrable domain, if any.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub subdomain: Option<String>,
    /// The registrable domain.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub topdomain: Option<String>,
    /// Approver addresses for e-mail validation.
    #[serde(default, deserialize_with = "lenient::list_from_any")]
    pub auth_email_addresses: Vec<String>,
    /// The CNAME record for DNS validation.
    #[serde(default)]
    pub dns_cname: Option<DnsCname>,
    /// The file for HTTP validation.
    #[serde(default)]
    pub http: Option<HttpValidation>,
    /// The file for HTTPS validation.
    #[serde(default)]
    pub https: Option<HttpsValidation>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
