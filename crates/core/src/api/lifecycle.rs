//! After issuance: reissue, revoke, cancel and refund; and the order reference they share.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::dcv_method::{self, DcvMethod};
use crate::api::form::FormRequest;
use crate::api::order::pair_methods;
use crate::api::{lenient, unique_id, validate};
use crate::error::{Error, Result};

/// The request of methods that only name an order (`getOrderStatus`, `getSSLDetails`, ...).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderRef {
    /// TrustOcean's order id.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub trustocean_id: u64,
}

impl FormRequest for OrderRef {
    fn validate(&self) -> Result<()> {
        validate::trustocean_id(self.trustocean_id)
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![("trustocean_id", self.trustocean_id.to_string())]
    }
}

/// `reissueSSLOrder`: a new CSR and domain list for an issued order, under a new unique id.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReissueSslOrder {
    /// The order.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub trustocean_id: u64,
    /// The new PEM CSR.
    pub csr_code: String,
    /// The domains (array or comma-separated).
    #[serde(deserialize_with = "lenient::list_from_any")]
    pub domains: Vec<String>,
    /// One method per domain.
    #[serde(deserialize_with = "dcv_method::list")]
    pub dcv_method: Vec<DcvMethod>,
    /// Contact address.
    pub contact_email: String,
    /// A NEW unique id from `createNewUniqueId`, 8 to 15 characters.
    #[serde(deserialize_with = "lenient::string_from_any")]
    pub unique_id: String,
}

impl FormRequest for ReissueSslOrder {
    fn validate(&self) -> Result<()> {
        validate::trustocean_id(self.trustocean_id)?;
        validate::csr("csr_code", &self.csr_code)?;
        validate::domains("domains", &self.domains)?;
        pair_methods(&self.domains, &self.dcv_method)?;
        validate::email("contact_email", &self.contact_email)?;
        unique_id::check("unique_id", &self.unique_id, 15)
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("trustocean_id", self.trustocean_id.to_string()),
            ("csr_code", self.csr_code.trim().to_owned()),
            ("dcv_method", dcv_method::join(&self.dcv_method)),
            ("domains", self.domains.join(",")),
            ("contact_email", self.contact_email.trim().to_owned()),
            ("unique_id", self.unique_id.clone()),
        ]
    }
}

/// `revokeSSL`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevokeSsl {
    /// The order.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub trustocean_id: u64,
    /// Why: free text such as "key compromise" (also read from `revocation_reason`).
    #[serde(rename = "revocationReason", alias = "revocation_reason")]
    pub revocation_reason: String,
}

impl FormRequest for RevokeSsl {
    fn validate(&self) -> Result<()> {
        validate::trustocean_id(self.trustocean_id)?;
        if self.revocation_reason.trim().is_empty() {
            return Err(Error::invalid(
                "revocationReason",
                "say why the certificate is revoked",
            ));
        }
        Ok(())
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("trustocean_id", self.trustocean_id.to_string()),
            ("revocationReason", self.revocation_reason.trim().to_owned()),
        ]
    }
}

/// `checkRefundStatus`'s answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RefundStatus {
    /// `processing`, `finished` or `reject`.
    #[serde(deserialize_with = "lenient::string_from_any")]
    pub refund_status: String,
    /// When the refund was decided.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub refund_at: Option<String>,
    /// When it was asked for.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub refund_requested_at: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
