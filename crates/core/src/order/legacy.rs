//! Rows of the original TrustOcean module's `tbltrustocean_certificate`, turned into records of
//! this module.
//!
//! The original kept a free-form `status` (mostly TrustOcean's `cert_status`), JSON text in
//! `domains`, `dcv_info` and `org_info`, and a server-generated private key in clear in
//! `key_code`. [`convert`] maps the status onto [`State`] (an order TrustOcean knows is at least
//! validating; nothing moves an issued certificate back), keeps every name, choice and
//! certificate, and hands the key back separately so the caller stores it encrypted. Nothing is
//! sent anywhere.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;
use zeroize::Zeroizing;

use super::codes;
use super::organization::ORGANIZATION_FIELDS;
use super::record::{DcvChoice, KeySource, OrderRecord};
use super::state::State;
use crate::api::lenient::{opt_string_from_any, opt_u64_from_any};
use crate::certificate;
use crate::dcv;
use crate::error::{Error, Result};
use crate::finding::Finding;

/// The columns of a `tbltrustocean_certificate` row this module uses (the others are ignored);
/// any of them may be text, numbers or null, as database drivers return them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LegacyRow {
    /// WHMCS service id.
    #[serde(deserialize_with = "opt_u64_from_any")]
    pub serviceid: Option<u64>,
    /// The original's status (`configuration`, `enroll_dcv`, `issued_active`, ...).
    #[serde(deserialize_with = "opt_string_from_any")]
    pub status: Option<String>,
    /// PEM CSR.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub csr_code: Option<String>,
    /// PEM certificate.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub cert_code: Option<String>,
    /// PEM chain.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub ca_code: Option<String>,
    /// PEM private key, in clear (server-generated CSRs only).
    #[serde(deserialize_with = "opt_string_from_any")]
    pub key_code: Option<String>,
    /// JSON list of names, the first the primary.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub domains: Option<String>,
    /// Contact address.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub contact_email: Option<String>,
    /// JSON object of the organisation fields.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub org_info: Option<String>,
    /// JSON object of the validation state, keyed by name.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub dcv_info: Option<String>,
    /// The CA's order number.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub vendor_id: Option<String>,
    /// The unique id of the DCV values.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub unique_id: Option<String>,
    /// 1 when the order was a renewal.
    #[serde(deserialize_with = "opt_u64_from_any")]
    pub renew: Option<u64>,
    /// TrustOcean's certificate id (the seal id).
    #[serde(deserialize_with = "opt_string_from_any")]
    pub certificate_id: Option<String>,
    /// TrustOcean's order id.
    #[serde(deserialize_with = "opt_u64_from_any")]
    pub trustocean_id: Option<u64>,
    /// 1 when a refund was requested.
    #[serde(deserialize_with = "opt_u64_from_any")]
    pub is_requested_refund: Option<u64>,
    /// `processing`, `finished` or `reject`.
    #[serde(deserialize_with = "opt_string_from_any")]
    pub refund_status: Option<String>,
}

/// A converted row.
#[derive(Debug)]
pub struct Converted {
    /// The record to store.
    pub order: OrderRecord,
    /// The server-generated key the row held: store it encrypted, never log it.
    pub private_key: Option<Zeroizing<String>>,
    /// What could not be carried over as it was.
    pub warnings: Vec<Finding>,
}

/// The record of a legacy row for a service whose product includes `quota` names, at `now`.
///
/// # Errors
/// `order.input_missing` when the row has no service id.
pub fn convert(row: &LegacyRow, quota: u64, now: i64) -> Result<Converted> {
    let service_id = row.serviceid.filter(|id| *id > 0).ok_or_else(|| {
        Error::refused(vec![Finding::error(
            codes::INPUT_MISSING,
            Some("serviceid".to_owned()),
            "the row names no service",
        )])
    })?;
    let mut warnings = Vec::new();

    let domains = json_list(row.domains.as_deref());
    let mut order = OrderRecord {
        service_id,
        trustocean_id: row.trustocean_id.filter(|id| *id > 0),
        unique_id: text(row.unique_id.as_deref()).map(str::to_ascii_lowercase),
        vendor_id: text(row.vendor_id.as_deref()).map(str::to_owned),
        certificate_id: text(row.certificate_id.as_deref()).map(str::to_owned),
        csr: pem(row.csr_code.as_deref()),
        key_source: Some(if pem(row.key_code.as_deref()).is_some() {
            KeySource::Server
        } else {
            KeySource::Customer
        }),
        dcv: choices(&domains, row.dcv_info.as_deref()),
        domains,
        contact_email: text(row.contact_email.as_deref()).map(str::to_owned),
        organization: organization(row.org_info.as_deref()),
        renew: row.renew == Some(1),
        refund_status: refund_status(row),
        created_at: now,
        updated_at: now,
        ..OrderRecord::default()
    };
    order.domain_quota = quota.max(order.domains.len() as u64).max(1);
    order.remote_status = text(row.status.as_deref()).map(str::to_owned);
    order.state = state(row.status.as_deref(), &order);

    if let Some(leaf) = pem(row.cert_code.as_deref()) {
        match certificate::parse(leaf.as_bytes(), now) {
            Ok(parsed) => {
                order.certificate = Some(leaf);
                order.chain = pem(row.ca_code.as_deref());
                order.valid_from = Some(parsed.info.not_before_unix);
                order.valid_to = Some(parsed.info.not_after_unix);
                order.serial = Some(parsed.info.serial.clone());
            }
            Err(_) => warnings.push(Finding::warning(
                codes::LEGACY_CERTIFICATE_UNREADABLE,
                Some(service_id.to_string()),
                "the stored certificate cannot be read; it was left out, sync the order to fetch it again",
            )),
        }
    }
    if order.state == State::Issued && order.certificate.is_none() {
        order.state = State::Validating;
    }
    order.settle(now);

    Ok(Converted {
        order,
        private_key: pem(row.key_code.as_deref()).map(Zeroizing::new),
        warnings,
    })
}

/// The state a legacy status stands for. TrustOcean's own statuses need a placed order; the
/// local steps before submission keep what the row holds.
fn state(status: Option<&str>, order: &OrderRecord) -> State {
    let status = status.unwrap_or_default().trim().to_ascii_lowercase();
    match status.as_str() {
        "issued_active" => State::Issued,
        "expired" => State::Expired,
        "cancelled" => State::Cancelled,
        "revoked" => State::Revoked,
        _ if order.trustocean_id.is_some() => State::Validating,
        "enroll_dcv"
            if order.csr.is_some() && !order.domains.is_empty() && order.unique_id.is_some() =>
        {
            State::AwaitingSubmission
        }
        _ => State::AwaitingConfiguration,
    }
}

fn text(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|text| !text.is_empty())
}

fn pem(value: Option<&str>) -> Option<String> {
    text(value)
        .filter(|text| text.contains("-----BEGIN"))
        .map(|text| text.to_owned() + "\n")
}

fn json_list(value: Option<&str>) -> Vec<String> {
    match text(value).map(serde_json::from_str::<Value>) {
        Some(Ok(Value::Array(items))) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => Vec::new(),
    }
}

/// Each name's choice from the original's `dcv_info` (`method` may be an approver address, or
/// `email` with the address in `email`); names it lacks take the default.
fn choices(domains: &[String], dcv_info: Option<&str>) -> IndexMap<String, DcvChoice> {
    let info = match text(dcv_info).map(serde_json::from_str::<Value>) {
        Some(Ok(Value::Object(map))) => map,
        _ => serde_json::Map::new(),
    };
    domains
        .iter()
        .map(|domain| {
            let is_ip = domain.parse::<std::net::IpAddr>().is_ok();
            let mut choice = DcvChoice::default_for(is_ip);
            if let Some(entry) = info
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(domain))
                .map(|(_, entry)| entry)
            {
                let field = |name: &str| {
                    entry
                        .get(name)
                        .and_then(Value::as_str)
                        .map(str::trim)
                        .unwrap_or_default()
                };
                let method = field("method").to_ascii_lowercase();
                let email = field("email").to_ascii_lowercase();
                if method.contains('@') {
                    choice.method = "email".to_owned();
                    choice.email = Some(method);
                } else if method == "email" && email.contains('@') {
                    choice.method = method;
                    choice.email = Some(email);
                } else if ["dns", "http", "https"].contains(&method.as_str())
                    && !(is_ip && method == "dns")
                {
                    choice.method = method;
                }
                if field("status").eq_ignore_ascii_case(dcv::STATUS_VERIFIED) {
                    choice.status = dcv::STATUS_VERIFIED.to_owned();
                }
            }
            (domain.clone(), choice)
        })
        .collect()
}

/// The organisation fields among the original's `org_info` keys.
fn organization(org_info: Option<&str>) -> Option<IndexMap<String, String>> {
    let Some(Ok(Value::Object(map))) = text(org_info).map(serde_json::from_str::<Value>) else {
        return None;
    };
    let fields: IndexMap<String, String> = ORGANIZATION_FIELDS
        .iter()
        .filter_map(|field| {
            let value = map.get(*field)?;
            let text = match value {
                Value::String(text) => text.trim().to_owned(),
                Value::Number(number) => number.to_string(),
                _ => return None,
            };
            (!text.is_empty()).then(|| ((*field).to_owned(), text))
        })
        .collect();
    (!fields.is_empty()).then_some(fields)
}

fn refund_status(row: &LegacyRow) -> Option<String> {
    match text(row.refund_status.as_deref()) {
        Some(status) => Some(status.to_ascii_lowercase()),
        None if row.is_requested_refund == Some(1) => Some("processing".to_owned()),
        None => None,
    }
}
