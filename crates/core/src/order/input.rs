//! [`Input`]: what a customer or admin entered for an action. One shape for every action, each
//! using the fields it needs; unknown keys are refused so a misspelt field is never ignored.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::lenient;
use crate::api::lenient::bool_from_any;

/// Where the CSR comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CsrSource {
    /// The customer pasted (or made in the browser) a CSR: `csr`.
    Upload,
    /// The server makes a key and CSR (products with `server_keys`).
    Generate,
    /// The order's current CSR (reissue, renewal).
    Keep,
}

impl CsrSource {
    /// Reads `upload`, `generate` or `keep` (also the original's `seamcsr`).
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "upload" => Some(Self::Upload),
            "generate" => Some(Self::Generate),
            "keep" | "seamcsr" | "same" => Some(Self::Keep),
            _ => None,
        }
    }
}

/// The fields of every action's input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Input {
    /// `upload` (default when `csr` is given), `generate` or `keep`.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub csr_source: Option<String>,
    /// A PEM CSR.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub csr: Option<String>,
    /// Names: a list, or text with one per line.
    #[serde(deserialize_with = "lenient::names")]
    pub domains: Vec<String>,
    /// Where the CA writes to.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub contact_email: Option<String>,
    /// OV/EV organisation fields, by API name.
    #[serde(deserialize_with = "lenient::opt_text_map")]
    pub organization: Option<IndexMap<String, String>>,
    /// `rsa2048`, `rsa4096`, `ecdsa-p256`, ... for generated keys.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub key_type: Option<String>,
    /// DCV method by domain: `dns`, `http`, `https` or an approver address.
    #[serde(deserialize_with = "lenient::opt_text_map")]
    pub methods: Option<IndexMap<String, String>>,
    /// One method for every domain that can use it.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub same_for_all: Option<String>,
    /// The domain a single-domain action is about.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub domain: Option<String>,
    /// The new DCV method of `domain`.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub method: Option<String>,
    /// Skip the check throttle (admin sync).
    #[serde(deserialize_with = "bool_from_any")]
    pub force: bool,
    /// Why the certificate is revoked.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub reason: Option<String>,
    /// Mark (true, the default) or unmark (false) the order as a renewal.
    #[serde(deserialize_with = "crate::api::lenient::opt_bool_from_any")]
    pub renew: Option<bool>,
    /// The TrustOcean order number of an order to import.
    #[serde(deserialize_with = "lenient::opt_id")]
    pub trustocean_id: Option<u64>,
}
