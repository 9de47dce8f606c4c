//! `TrustOcean\Domain`: normalise one name, or check a list against a product's rules.
//!
//! Both methods are static and stateless; the logic is `trustocean_core::domain`.

use super::to_array;
use ext_php_rs::{
    boxed::ZBox, exception::PhpResult, flags::ClassFlags, prelude::*, types::ZendHashTable,
};
use serde_json::{Value, json};
use trustocean_core::{
    domain::{self, Name, ProductRules},
    finding::Finding,
};

use crate::sensitive::{self, SensitiveParameters};
use crate::{convert, error_map};

/// `TrustOcean\Domain`: domain-name normalisation and product rules.
#[php_class]
#[php(name = "TrustOcean\\Domain")]
#[php(flags = ClassFlags::Final)]
pub struct Domain;

#[php_impl]
impl Domain {
    /// Normalises one name (host name, `*.` wildcard or IP address).
    ///
    /// Returns `name` (ASCII, punycode), `unicode`, `type` (`dns`, `wildcard`, `ipv4`, `ipv6`),
    /// `registrable_domain` and `subdomain` (null for IPs / none), `base_name` (without `*.`).
    /// Throws `TrustOcean\InvalidArgumentException` with a `domain.*` `$reasonCode`.
    pub fn normalize(name: String) -> PhpResult<ZBox<ZendHashTable>> {
        let name = domain::normalize(&name).map_err(|err| error_map::core_error(&err, None))?;
        to_array(&name_json(&name))
    }

    /// Checks a list of names against product rules (`wildcard`, `multiDomain`, `maxDomains`,
    /// `minDomains`, `ipAllowed`, `wwwCoversApex`; the strictest product when omitted).
    ///
    /// Returns `ok`, `names` (normalised, duplicates once) and `findings` (`code`, `severity`,
    /// `subject`, `message`). Broken rules are findings, not exceptions; only unusable
    /// arguments throw `TrustOcean\InvalidArgumentException`.
    pub fn check(
        names: &ZendHashTable,
        rules: Option<&ZendHashTable>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let inputs = string_list(names, "names")?;
        let rules = product_rules(rules)?;

        let checked = domain::check_names(&inputs, &rules);
        let result = json!({
            "ok": checked.is_ok(),
            "names": checked.names.iter().map(Name::as_str).collect::<Vec<_>>(),
            "findings": checked.findings.iter().map(finding_json).collect::<Vec<_>>(),
        });
        to_array(&result)
    }
}

impl SensitiveParameters for Domain {
    /// None: names are not secret.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[];
}

/// Registers `TrustOcean\Domain`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Domain>()
}

/// A normalised name as `TrustOcean\Domain::normalize()` returns it.
pub(crate) fn name_json(name: &Name) -> Value {
    json!({
        "name": name.as_str(),
        "unicode": name.unicode(),
        "type": name.type_name(),
        "registrable_domain": name.registrable_domain(),
        "subdomain": name.subdomain(),
        "base_name": name.base_name(),
    })
}

/// A finding as a PHP array (the same keys as the core's JSON form).
pub(crate) fn finding_json(finding: &Finding) -> Value {
    serde_json::to_value(finding).unwrap_or(Value::Null)
}

/// The string values of a PHP array, in order (keys are ignored). Ints are taken as their
/// digits, as PHP would print them; anything else names its position.
pub(crate) fn string_list(array: &ZendHashTable, parameter: &str) -> PhpResult<Vec<String>> {
    array
        .values()
        .enumerate()
        .map(|(index, value)| {
            if let Some(text) = value.str() {
                Ok(text.to_owned())
            } else if let Some(number) = value.long() {
                Ok(number.to_string())
            } else {
                Err(error_map::invalid_argument(format!(
                    "${parameter}[{index}] must be a string (a domain name or IP address)"
                )))
            }
        })
        .collect()
}

/// The product rules from the optional PHP array.
fn product_rules(rules: Option<&ZendHashTable>) -> PhpResult<ProductRules> {
    let Some(rules) = rules else {
        return Ok(ProductRules::default());
    };
    let value = convert::params_to_json(rules).map_err(|err| {
        error_map::invalid_argument(format!(
            "$rules must be an array keyed by rule name (wildcard, multiDomain, maxDomains, minDomains, ipAllowed, wwwCoversApex): {err}"
        ))
    })?;
    ProductRules::from_json(value).map_err(|err| error_map::core_error(&err, None))
}
