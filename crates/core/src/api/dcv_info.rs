//! Per-domain validation state (`dcv_info`, also sent as `dcvinfo`) and the calls that change it.

use indexmap::IndexMap;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::form::FormRequest;
use crate::api::{DcvMethod, DcvStatus, lenient, validate};
use crate::error::Result;

/// One domain's validation details (trustocean-api §3.6).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DcvEntry {
    /// The domain.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub domain: Option<String>,
    /// Current method: `dns`, `http`, `https` or `email`.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub method: Option<String>,
    /// `needverification` or `verified`.
    #[serde(default)]
    pub status: Option<DcvStatus>,
    /// The chosen approver address for e-mail validation.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub email: Option<String>,
    /// Approver addresses the CA accepts.
    #[serde(default, deserialize_with = "lenient::list_from_any")]
    pub emails: Vec<String>,
    /// MD5 of the CSR, upper case, as used in the file name.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub domainmd5hash: Option<String>,
    /// The name is an IP address.
    #[serde(default, deserialize_with = "lenient::opt_bool_from_any")]
    pub isip: Option<bool>,
    /// Labels left of the registrable domain.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub subdomain: Option<String>,
    /// Registrable domain.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub topdomain: Option<String>,
    /// CNAME host.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub dns_host: Option<String>,
    /// Record type.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub dns_type: Option<String>,
    /// CNAME value.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub dns_value: Option<String>,
    /// HTTP file URL.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub http_verifylink: Option<String>,
    /// HTTP file name.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub http_filename: Option<String>,
    /// HTTP file content.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub http_filecontent: Option<String>,
    /// HTTPS file URL.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub https_verifylink: Option<String>,
    /// HTTPS file name.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub https_filename: Option<String>,
    /// HTTPS file content.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub https_filecontent: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Reads `dcv_info` as a map keyed by domain or as a list of entries carrying their domain.
pub(crate) fn by_domain<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<IndexMap<String, DcvEntry>, D::Error> {
    let entries: Vec<(Option<String>, Value)> = match Value::deserialize(deserializer)? {
        Value::Object(map) => map
            .into_iter()
            .map(|(key, value)| (Some(key), value))
            .collect(),
        Value::Array(items) => items.into_iter().map(|value| (None, value)).collect(),
        Value::Null => Vec::new(),
        other => {
            return Err(de::Error::custom(format!(
                "expected entries keyed by domain, got {}",
                lenient::kind(&other)
            )));
        }
    };

    let mut by_domain = IndexMap::with_capacity(entries.len());
    for (index, (key, value)) in entries.into_iter().enumerate() {
        let entry = DcvEntry::deserialize(value)
            .map_err(|error| de::Error::custom(format!("entry {index}: {error}")))?;
        let domain = key
            .or_else(|| entry.domain.clone())
            .ok_or_else(|| de::Error::custom(format!("entry {index} names no domain")))?;
        by_domain.insert(domain, entry);
    }
    Ok(by_domain)
}

/// `getDomainValidationStatus`'s answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DcvStatusResponse {
    /// Validation state by domain; read from `dcv_info` or `dcvinfo`.
    #[serde(alias = "dcvinfo", deserialize_with = "by_domain")]
    pub dcv_info: IndexMap<String, DcvEntry>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `changeDCVMethod`: switch one domain to another method.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeDcvMethod {
    /// The order.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub trustocean_id: u64,
    /// The domain, as listed in the order.
    pub domain: String,
    /// `dns`, `http`, `https` or an approver e-mail address.
    pub method: DcvMethod,
}

impl FormRequest for ChangeDcvMethod {
    fn validate(&self) -> Result<()> {
        validate::trustocean_id(self.trustocean_id)?;
        validate::required("domain", &self.domain)
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("trustocean_id", self.trustocean_id.to_string()),
            ("domain", self.domain.trim().to_owned()),
            ("method", self.method.as_str().to_owned()),
        ]
    }
}

/// `removeSanDomain`: drop a domain that cannot be validated.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoveSanDomain {
    /// The order.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub trustocean_id: u64,
    /// The domain to remove.
    pub domain: String,
}

impl FormRequest for RemoveSanDomain {
    fn validate(&self) -> Result<()> {
        validate::trustocean_id(self.trustocean_id)?;
        validate::required("domain", &self.domain)
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("trustocean_id", self.trustocean_id.to_string()),
            ("domain", self.domain.trim().to_owned()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dcvinfo_spelling_and_list_shape_are_accepted() {
        let response: DcvStatusResponse = serde_json::from_value(serde_json::json!({
            "dcvinfo": [{"domain": "a.example", "method": "dns", "status": "verified"}]
        }))
        .expect("dcvinfo list");

        let entry = &response.dcv_info["a.example"];
        assert_eq!(entry.status, Some(DcvStatus::Verified));
        let out = serde_json::to_value(&response).expect("serialize");
        assert!(out.get("dcv_info").is_some() && out.get("dcvinfo").is_none());
    }
}
