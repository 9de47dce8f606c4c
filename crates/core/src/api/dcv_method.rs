//! How a domain proves control: a DNS record, a file over HTTP(S), or an approver e-mail.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::api::validate;
use crate::error::{Error, Result};

/// A `dcv_method` value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DcvMethod {
    /// A CNAME record derived from the CSR.
    Dns,
    /// A file under `/.well-known/pki-validation/` over HTTP.
    Http,
    /// The same file over HTTPS.
    Https,
    /// An e-mail to this approver address.
    Email(String),
}

impl DcvMethod {
    /// Reads `dns`, `http`, `https` (any case), the legacy Sectigo names, or an e-mail address.
    pub fn parse(field: &str, text: &str) -> Result<Self> {
        let text = text.trim();
        let method = match text.to_ascii_lowercase().as_str() {
            "dns" | "cname" | "csr_cname_hash" => Self::Dns,
            "http" | "http_csr_hash" => Self::Http,
            "https" | "https_csr_hash" => Self::Https,
            _ if text.contains('@') => {
                validate::email(field, text)?;
                Self::Email(text.to_ascii_lowercase())
            }
            _ => {
                return Err(Error::invalid(
                    field,
                    format!(
                        "{text:?} is not a DCV method; use dns, http, https or an approver e-mail address"
                    ),
                ));
            }
        };
        Ok(method)
    }

    /// The API's spelling.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dns => "dns",
            Self::Http => "http",
            Self::Https => "https",
            Self::Email(address) => address,
        }
    }
}

impl fmt::Display for DcvMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DcvMethod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DcvMethod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse("method", &text).map_err(|error| match error {
            Error::InvalidInput { reason, .. } => serde::de::Error::custom(reason),
            other => serde::de::Error::custom(other),
        })
    }
}

/// Reads a `dcv_method` list (array or comma-separated), naming the bad item.
pub(crate) fn list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<DcvMethod>, D::Error> {
    let items = crate::api::lenient::list_from_any(deserializer)?;
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            DcvMethod::parse("dcv_method", item).map_err(|error| match error {
                Error::InvalidInput { reason, .. } => {
                    serde::de::Error::custom(format!("item {index}: {reason}"))
                }
                other => serde::de::Error::custom(other),
            })
        })
        .collect()
}

/// The comma-joined form value of a method list.
pub(crate) fn join(methods: &[DcvMethod]) -> String {
    methods
        .iter()
        .map(DcvMethod::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_and_addresses_parse() {
        assert_eq!(DcvMethod::parse("m", "DNS").expect("dns"), DcvMethod::Dns);
        assert_eq!(
            DcvMethod::parse("m", "HTTPS_CSR_HASH").expect("legacy"),
            DcvMethod::Https
        );
        assert_eq!(
            DcvMethod::parse("m", "Admin@Example.com").expect("email"),
            DcvMethod::Email("admin@example.com".into())
        );
        assert!(DcvMethod::parse("m", "ftp").is_err());
    }
}
