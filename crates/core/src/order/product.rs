//! [`Product`]: what the WHMCS product sells, as PHP builds it from the module parameters.

use serde::{Deserialize, Deserializer, Serialize};

use crate::api::Period;
use crate::api::lenient::bool_from_any;
use crate::domain::{ProductRules, WildcardRule};

use super::lenient;

/// Validation class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Domain validation.
    #[default]
    Dv,
    /// Organisation validation: organisation fields required.
    Ov,
    /// Extended validation: organisation fields required.
    Ev,
}

impl Class {
    /// OV and EV need the organisation fields.
    pub fn needs_organization(self) -> bool {
        self != Self::Dv
    }
}

impl<'de> Deserialize<'de> for Class {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.trim().to_ascii_lowercase().as_str() {
            "dv" | "" => Ok(Self::Dv),
            "ov" => Ok(Self::Ov),
            "ev" => Ok(Self::Ev),
            _ => Err(serde::de::Error::custom(format!(
                "{text:?} is not a validation class; use dv, ov or ev"
            ))),
        }
    }
}

/// What WHMCS Terminate does to an issued certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Termination {
    /// Leave the certificate valid until it expires.
    #[default]
    Keep,
    /// Revoke it.
    Revoke,
}

/// The product of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// TrustOcean product id.
    #[serde(deserialize_with = "crate::api::lenient::u64_from_any")]
    pub pid: u64,
    /// DV, OV or EV.
    #[serde(default)]
    pub class: Class,
    /// Takes wildcard names (a single-domain wildcard product takes only a wildcard).
    #[serde(default, deserialize_with = "bool_from_any")]
    pub wildcard: bool,
    /// Takes several names.
    #[serde(default, alias = "multidomain", deserialize_with = "bool_from_any")]
    pub multi_domain: bool,
    /// Takes public IP addresses.
    #[serde(default, deserialize_with = "bool_from_any")]
    pub ip: bool,
    /// Names included (the DomainCount option, or "Domains included"); below 1 counts as 1.
    #[serde(default = "one", deserialize_with = "lenient::count")]
    pub quota: u64,
    /// Fewest names an order needs (TrustOcean's multi-domain products take 3 or more).
    #[serde(default = "one", deserialize_with = "lenient::count")]
    pub min_domains: u64,
    /// The term, any casing (`annually`, `Annually`).
    pub period: Period,
    /// What termination does to an issued certificate.
    #[serde(default)]
    pub termination: Termination,
    /// Whether keys may be generated on the server.
    #[serde(default, deserialize_with = "bool_from_any")]
    pub server_keys: bool,
}

fn one() -> u64 {
    1
}

impl Product {
    /// The name rules for an order with `quota` names paid for.
    pub fn rules(&self, quota: u64) -> ProductRules {
        ProductRules {
            wildcard: match (self.wildcard, self.multi_domain) {
                (false, _) => WildcardRule::Forbidden,
                (true, true) => WildcardRule::Allowed,
                (true, false) => WildcardRule::Required,
            },
            multi_domain: self.multi_domain,
            max_domains: Some(if self.multi_domain {
                usize::try_from(quota.max(1)).unwrap_or(usize::MAX)
            } else {
                1
            }),
            min_domains: usize::try_from(self.min_domains.max(1)).unwrap_or(1),
            ip_allowed: self.ip,
            www_covers_apex: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn php_values_read_and_rules_follow() {
        let product: Product = serde_json::from_value(json!({
            "pid": "49", "class": "DV", "wildcard": "on", "multi_domain": 1, "ip": false,
            "quota": "5", "period": "annually", "termination": "revoke", "server_keys": true
        }))
        .expect("product");

        let rules = product.rules(product.quota);
        assert_eq!(rules.wildcard, WildcardRule::Allowed);
        assert_eq!(rules.max_domains, Some(5));
        assert_eq!(product.period, Period::Annually);
        assert_eq!(product.termination, Termination::Revoke);
    }

    #[test]
    fn single_wildcard_requires_a_wildcard_and_typos_are_refused() {
        let product: Product =
            serde_json::from_value(json!({"pid": 48, "wildcard": true, "period": "Annually"}))
                .expect("product");
        assert_eq!(product.rules(1).wildcard, WildcardRule::Required);
        assert!(
            serde_json::from_value::<Product>(
                json!({"pid": 1, "period": "Annually", "wildcards": 1})
            )
            .is_err()
        );
    }
}
