//! [`ProductRules`]: what a certificate product takes, as the checks' input.
//!
//! Deserialises from what PHP code writes (`['wildcard' => 'allowed', 'multiDomain' => true,
//! 'maxDomains' => 5, 'ipAllowed' => 1]`): switches accept booleans, `0`/`1`, and the strings
//! `on`/`off`, `yes`/`no`, `true`/`false`, `1`/`0` (TrustOcean's product list uses `on`/`off`);
//! counts accept integers or digit strings. Unknown keys are refused so a typo cannot silently
//! loosen a rule.

use serde::{Deserialize, Deserializer, de};
use serde_json::Value;

/// Whether a product takes wildcard names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WildcardRule {
    /// No `*.` names.
    #[default]
    Forbidden,
    /// `*.` names are accepted.
    Allowed,
    /// The primary (first) name must be a `*.` name; on a single-domain product, the only one.
    Required,
}

/// The product rules domain lists are checked against.
///
/// The default is the strictest product: one DNS name, no wildcard, no IP address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProductRules {
    /// Wildcard names: forbidden, allowed or required.
    pub wildcard: WildcardRule,
    /// Whether the product takes more than one name.
    #[serde(
        alias = "multiDomain",
        alias = "multidomain",
        deserialize_with = "switch"
    )]
    pub multi_domain: bool,
    /// The quota: most names the order may have (`None`: no limit here).
    #[serde(alias = "maxDomains", deserialize_with = "optional_count")]
    pub max_domains: Option<usize>,
    /// Fewest names the order needs; below 1 counts as 1.
    #[serde(alias = "minDomains", deserialize_with = "count")]
    pub min_domains: usize,
    /// Whether IP addresses are accepted.
    #[serde(alias = "ipAllowed", alias = "ipv4", deserialize_with = "switch")]
    pub ip_allowed: bool,
    /// Whether one name covers both `www.<domain>` and `<domain>` on this product, so listing
    /// both is redundant (a warning, never an edit of the list).
    #[serde(alias = "wwwCoversApex", deserialize_with = "switch")]
    pub www_covers_apex: bool,
}

impl ProductRules {
    /// Reads rules from a JSON object (e.g. a converted PHP array); errors name the field.
    pub fn from_json(value: Value) -> Result<Self, crate::Error> {
        let value = match value {
            Value::Array(list) if list.is_empty() => Value::Object(serde_json::Map::new()),
            other => other,
        };
        serde_path_to_error::deserialize(value).map_err(|err| {
            let path = err.path().to_string();
            crate::Error::invalid(
                if path == "." {
                    "rules".to_owned()
                } else {
                    format!("rules.{path}")
                },
                err.into_inner().to_string(),
            )
        })
    }
}

impl<'de> Deserialize<'de> for WildcardRule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if let Some(text) = value.as_str() {
            match text.trim().to_ascii_lowercase().as_str() {
                "forbidden" | "none" => return Ok(Self::Forbidden),
                "allowed" => return Ok(Self::Allowed),
                "required" | "only" => return Ok(Self::Required),
                _ => {}
            }
        }
        match switch_value(&value) {
            Some(true) => Ok(Self::Allowed),
            Some(false) => Ok(Self::Forbidden),
            None => Err(de::Error::custom(format!(
                "expected \"forbidden\", \"allowed\", \"required\" or a boolean, got {value}"
            ))),
        }
    }
}

/// A boolean as PHP code and TrustOcean write it.
fn switch_value(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Null => Some(false),
        Value::Number(n) => match n.as_i64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "on" | "yes" | "true" | "1" => Some(true),
            "off" | "no" | "false" | "0" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn switch<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let value = Value::deserialize(deserializer)?;
    switch_value(&value).ok_or_else(|| {
        de::Error::custom(format!(
            "expected a boolean (true/false, 1/0, \"on\"/\"off\"), got {value}"
        ))
    })
}

fn count_value(value: &Value) -> Option<Option<usize>> {
    match value {
        Value::Null => Some(None),
        Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()).map(Some),
        Value::String(s) if s.trim().is_empty() => Some(None),
        Value::String(s) => s.trim().parse::<usize>().ok().map(Some),
        _ => None,
    }
}

fn optional_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<usize>, D::Error> {
    let value = Value::deserialize(deserializer)?;
    count_value(&value).ok_or_else(|| {
        de::Error::custom(format!(
            "expected a whole number of names (or null for no limit), got {value}"
        ))
    })
}

fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    optional_count(deserializer).map(Option::unwrap_or_default)
}
