//! [`OrderRecord`]: everything the module stores about one service's certificate order.
//!
//! PHP keeps one row per service and passes it in as an array; arrays may still be JSON text
//! and numbers may be digit strings (database drivers return text). Missing keys take their
//! defaults, unknown keys are refused (a typo must not silently drop data), and the full record
//! always comes back.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::lenient;
use super::state::State;
use crate::api::lenient::bool_from_any;

/// Who made the private key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeySource {
    /// Generated on the server; PHP stores it encrypted.
    Server,
    /// Made by the customer (uploaded CSR, or generated in the browser); never seen here.
    Customer,
}

/// The validation chosen for one domain, and how far it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DcvChoice {
    /// `dns`, `http`, `https` or `email`.
    #[serde(default = "default_method")]
    pub method: String,
    /// The approver address when `method` is `email`.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email: Option<String>,
    /// `needverification` or `verified`.
    #[serde(default = "default_status")]
    pub status: String,
}

fn default_method() -> String {
    "dns".to_owned()
}

fn default_status() -> String {
    crate::dcv::STATUS_NEEDS_VERIFICATION.to_owned()
}

impl DcvChoice {
    /// The default for a new domain: DNS for names, HTTP for IP addresses (which DNS cannot
    /// validate).
    pub fn default_for(is_ip: bool) -> Self {
        Self {
            method: if is_ip { "http" } else { "dns" }.to_owned(),
            email: None,
            status: default_status(),
        }
    }

    /// Whether the CA has validated the domain.
    pub fn is_verified(&self) -> bool {
        self.status
            .eq_ignore_ascii_case(crate::dcv::STATUS_VERIFIED)
    }

    /// The `dcv_method` value the API takes: the address for e-mail, the method otherwise.
    pub fn api_value(&self) -> &str {
        match (&*self.method, &self.email) {
            ("email", Some(address)) => address,
            (method, _) => method,
        }
    }
}

/// The last issued certificate, kept while its renewal is configured.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Previous {
    /// TrustOcean's id of the earlier order.
    #[serde(deserialize_with = "lenient::opt_id")]
    pub trustocean_id: Option<u64>,
    /// The earlier certificate, PEM.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub certificate: Option<String>,
    /// Its chain, PEM.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub chain: Option<String>,
    /// Its end of validity, Unix seconds.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub valid_to: Option<i64>,
    /// Its domains.
    #[serde(deserialize_with = "lenient::names")]
    pub domains: Vec<String>,
    /// Its CSR.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub csr: Option<String>,
    /// Its contact address.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub contact_email: Option<String>,
    /// Its organisation fields.
    #[serde(deserialize_with = "lenient::opt_text_map")]
    pub organization: Option<IndexMap<String, String>>,
}

/// One service's order, as stored in `mod_trustocean_orders`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OrderRecord {
    /// The WHMCS service id.
    #[serde(deserialize_with = "lenient::count")]
    pub service_id: u64,
    /// Where the order stands.
    pub state: State,
    /// Suspended by WHMCS: customers may only look.
    #[serde(deserialize_with = "bool_from_any")]
    pub suspended: bool,
    /// TrustOcean's `cert_status`, as last seen.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub remote_status: Option<String>,
    /// TrustOcean's order id, once placed.
    #[serde(deserialize_with = "lenient::opt_id")]
    pub trustocean_id: Option<u64>,
    /// The unique id the DCV values are built from; unspent until `addSSLOrder` accepts it.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub unique_id: Option<String>,
    /// The CA's order number.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub vendor_id: Option<String>,
    /// The CA's certificate id.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub certificate_id: Option<String>,
    /// The CSR, PEM.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub csr: Option<String>,
    /// Who made the key.
    #[serde(deserialize_with = "lenient::opt_word")]
    pub key_source: Option<KeySource>,
    /// Normalised names, the first is the primary.
    #[serde(deserialize_with = "lenient::names")]
    pub domains: Vec<String>,
    /// The DCV choice per domain.
    #[serde(deserialize_with = "lenient::json_or_default")]
    pub dcv: IndexMap<String, DcvChoice>,
    /// Where the CA writes to.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub contact_email: Option<String>,
    /// OV/EV organisation fields, by API name.
    #[serde(deserialize_with = "lenient::opt_text_map")]
    pub organization: Option<IndexMap<String, String>>,
    /// The certificate, PEM.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub certificate: Option<String>,
    /// The CA chain, PEM.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub chain: Option<String>,
    /// Start of validity, Unix seconds.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub valid_from: Option<i64>,
    /// End of validity, Unix seconds.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub valid_to: Option<i64>,
    /// Serial number, upper-case hex.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub serial: Option<String>,
    /// This cycle renews an earlier certificate (`renew=yes` is sent).
    #[serde(deserialize_with = "bool_from_any")]
    pub renew: bool,
    /// A reissue is being validated; the current certificate stays until the new one is issued.
    #[serde(deserialize_with = "bool_from_any")]
    pub reissuing: bool,
    /// Last DCV retry, for the retry throttle.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub dcv_retried_at: Option<i64>,
    /// Last remote status check, for the check throttle.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub checked_at: Option<i64>,
    /// Last sync from TrustOcean prompted by a push, for the per-order push rate limit.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub synced_at: Option<i64>,
    /// `processing`, `finished` or `reject` after a refund request.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub refund_status: Option<String>,
    /// Names paid for.
    #[serde(deserialize_with = "lenient::count")]
    pub domain_quota: u64,
    /// The last issued certificate during a renewal.
    #[serde(deserialize_with = "lenient::opt_json")]
    pub previous: Option<Previous>,
    /// Creation time, Unix seconds.
    #[serde(deserialize_with = "lenient::i64_or_zero")]
    pub created_at: i64,
    /// Last change, Unix seconds.
    #[serde(deserialize_with = "lenient::i64_or_zero")]
    pub updated_at: i64,
    /// The stored row's version. The caller stores a change only over the version it read
    /// (compare-and-set) and counts it up; the workflow passes it through untouched.
    #[serde(deserialize_with = "lenient::count")]
    pub version: u64,
    /// An action whose call to TrustOcean was started and whose result is not stored yet
    /// (`submit`, `reissue`, ...): recorded by the caller before the call, cleared with the
    /// result. One left behind (a crash, a lost answer) is settled by `reconcile` before
    /// anything else is done to the order.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub pending: Option<String>,
    /// When the pending call was started, Unix seconds.
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub pending_since: Option<i64>,
}

impl OrderRecord {
    /// The primary domain (the first).
    pub fn primary_domain(&self) -> Option<&str> {
        self.domains.first().map(String::as_str)
    }

    /// The state as it really is at `now`: an issued certificate past its end is expired.
    pub fn settle(&mut self, now: i64) {
        if self.state == State::Issued && self.valid_to.is_some_and(|end| end <= now) {
            self.state = State::Expired;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn database_text_reads_and_defaults_fill_in() {
        let record: OrderRecord = serde_json::from_value(json!({
            "service_id": "12",
            "state": "validating",
            "suspended": "0",
            "trustocean_id": "100001",
            "domains": "[\"a.example.com\",\"b.example.com\"]",
            "dcv": "{\"a.example.com\":{\"method\":\"http\",\"status\":\"verified\"}}",
            "organization": "",
            "previous": null,
            "valid_to": "1900000000",
            "key_source": "server",
        }))
        .expect("record");

        assert_eq!(record.service_id, 12);
        assert_eq!(record.trustocean_id, Some(100_001));
        assert_eq!(record.domains.len(), 2);
        assert!(record.dcv["a.example.com"].is_verified());
        assert_eq!(record.organization, None);
        assert_eq!(record.key_source, Some(KeySource::Server));
        assert_eq!(record.valid_to, Some(1_900_000_000));
        assert!(!record.renew);
    }

    #[test]
    fn empty_php_arrays_are_empty() {
        let record: OrderRecord =
            serde_json::from_value(json!({"dcv": [], "domains": [], "previous": []}))
                .expect("record");
        assert!(record.dcv.is_empty() && record.domains.is_empty() && record.previous.is_none());
    }

    #[test]
    fn unknown_keys_are_refused() {
        let error =
            serde_json::from_value::<OrderRecord>(json!({"trustoceanid": 5})).expect_err("typo");
        assert!(error.to_string().contains("trustoceanid"));
    }
}
