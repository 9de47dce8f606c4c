//! [`check_names`] and [`check_common_name`]: names against a product, every broken rule at once.

use std::collections::HashMap;

use super::{
    codes, ip,
    name::Name,
    normalize::{normalize, shown},
    rules::{ProductRules, WildcardRule},
};
use crate::{Error, finding::Finding};

/// The outcome of [`check_names`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckedNames {
    /// Every name that normalised, once each, in the order first entered.
    pub names: Vec<Name>,
    /// Every broken rule; empty when the list can be ordered as is.
    pub findings: Vec<Finding>,
}

impl CheckedNames {
    /// Whether no finding blocks the order (warnings allowed).
    pub fn is_ok(&self) -> bool {
        crate::finding::first_error(&self.findings).is_none()
    }
}

/// Checks a list of entered names against a product's rules.
///
/// Blank entries are skipped (a text box split on new lines leaves some). Each entry is
/// normalised; duplicates are found after normalisation; then every name is held against the
/// wildcard and IP rules, and the count against the product's single/multi-domain rule and quota.
/// Each finding names the entry (`subject`) and carries a stable code.
pub fn check_names(inputs: &[String], rules: &ProductRules) -> CheckedNames {
    let mut checked = CheckedNames::default();
    let mut first_seen: HashMap<String, &str> = HashMap::new();
    let mut entries = 0_usize;

    for input in inputs.iter().filter(|input| !input.trim().is_empty()) {
        let name = match normalize(input) {
            Ok(name) => name,
            Err(err) => {
                entries += 1;
                checked.findings.push(rejection(err, input));
                continue;
            }
        };
        if let Some(earlier) = first_seen.get(name.as_str()) {
            checked.findings.push(Finding::error(
                codes::DUPLICATE,
                Some(input.trim().to_owned()),
                format!(
                    "{} is listed twice (as {} and {}); list each name once",
                    name.unicode(),
                    shown(earlier.trim()),
                    shown(input.trim())
                ),
            ));
            continue;
        }
        first_seen.insert(name.as_str().to_owned(), input.as_str());
        entries += 1;

        let primary = checked.names.is_empty();
        checked
            .findings
            .extend(name_findings(&name, rules, primary));
        checked.names.push(name);
    }

    checked.findings.extend(count_findings(entries, rules));
    checked
        .findings
        .extend(www_pair_findings(&checked.names, rules));
    checked
}

/// Checks a CSR's common name against a product: it must normalise, and follow the wildcard
/// and IP rules (as the primary name of the order). Findings name the CN as entered.
pub fn check_common_name(common_name: &str, rules: &ProductRules) -> Vec<Finding> {
    match normalize(common_name) {
        Ok(name) => name_findings(&name, rules, true),
        Err(err) => vec![rejection(err, common_name)],
    }
}

/// A normalisation refusal as a finding about `input`.
fn rejection(err: Error, input: &str) -> Finding {
    let subject = Some(input.trim().to_owned());
    match err {
        Error::Rejected { code, message } => Finding::error(code, subject, message),
        other => Finding::error(codes::INVALID_CHARACTER, subject, other.to_string()),
    }
}

/// The wildcard and IP rules for one name; `primary` for the first name of the order.
fn name_findings(name: &Name, rules: &ProductRules, primary: bool) -> Vec<Finding> {
    let mut findings = Vec::new();
    let subject = || Some(name.as_str().to_owned());

    if name.is_wildcard() && rules.wildcard == WildcardRule::Forbidden {
        findings.push(Finding::error(
            codes::WILDCARD_NOT_ALLOWED,
            subject(),
            format!(
                "{} is a wildcard, and this product does not cover wildcard names; enter the host names one by one or choose a wildcard product",
                name.unicode()
            ),
        ));
    }
    let wildcard_needed =
        rules.wildcard == WildcardRule::Required && (primary || !rules.multi_domain);
    if wildcard_needed && !name.is_wildcard() {
        findings.push(Finding::error(
            codes::WILDCARD_REQUIRED,
            subject(),
            format!(
                "this is a wildcard product, so {} must be a wildcard name such as *.{}",
                name.unicode(),
                name.registrable_domain().unwrap_or("example.com")
            ),
        ));
    }

    if let Some(address) = name.ip() {
        if !rules.ip_allowed {
            findings.push(Finding::error(
                codes::IP_NOT_ALLOWED,
                subject(),
                format!("{address} is an IP address, and this product does not cover IP addresses"),
            ));
        }
        if let Some(why) = ip::not_public(address) {
            findings.push(Finding::error(
                codes::IP_NOT_PUBLIC,
                subject(),
                format!(
                    "{address} is {why}; a public certificate can only cover a public IP address"
                ),
            ));
        }
    }
    findings
}

/// The single/multi-domain rule, the quota and the minimum.
fn count_findings(entries: usize, rules: &ProductRules) -> Vec<Finding> {
    let minimum = rules.min_domains.max(1);
    if entries < minimum {
        return vec![Finding::error(
            codes::TOO_FEW,
            None,
            if minimum == 1 {
                "no domain name was entered; enter at least one".to_owned()
            } else {
                format!("{entries} names were entered, and this product needs at least {minimum}")
            },
        )];
    }
    if !rules.multi_domain && entries > 1 {
        return vec![Finding::error(
            codes::SINGLE_DOMAIN_ONLY,
            None,
            format!(
                "{entries} names were entered, and this product covers exactly one; remove the others or choose a multi-domain product"
            ),
        )];
    }
    match rules.max_domains {
        Some(quota) if entries > quota => vec![Finding::error(
            codes::TOO_MANY,
            None,
            format!(
                "{entries} names were entered, and this order covers at most {quota}; remove {} or buy more names",
                entries - quota
            ),
        )],
        _ => Vec::new(),
    }
}

/// Warnings for `www.<domain>` listed next to `<domain>` when one name covers both.
fn www_pair_findings(names: &[Name], rules: &ProductRules) -> Vec<Finding> {
    if !rules.www_covers_apex {
        return Vec::new();
    }
    names
        .iter()
        .filter(|name| name.subdomain() == Some("www"))
        .filter_map(|www| {
            let apex = www.www_counterpart()?;
            names.iter().any(|name| name.as_str() == apex).then(|| {
                Finding::warning(
                    codes::WWW_PAIR_REDUNDANT,
                    Some(www.as_str().to_owned()),
                    format!(
                        "{} and {apex} are both listed, and on this product one of them already covers the other",
                        www.unicode()
                    ),
                )
            })
        })
        .collect()
}
