//! The product rules names and CSRs are held against: the strictest product and two loose ones,
//! so that every branch of the name checks can be reached; and rules as PHP code passes them,
//! read from JSON and applied.

use serde_json::Value;

use crate::domain::{self, ProductRules, WildcardRule};

/// Names of every kind, for rules read from the input: plain, `www` pair, wildcard, IDN,
/// duplicate after normalisation, IPv4 (public and private), IPv6, and refused ones.
const NAMES: [&str; 11] = [
    "example.com",
    "www.example.com",
    "*.example.com",
    "bücher.example",
    "EXAMPLE.com.",
    "203.0.113.9",
    "10.0.0.1",
    "[2001:db8::1]",
    "localhost",
    "a..b",
    "",
];

/// Single-domain without wildcard or IP (the default), a multi-domain product taking wildcards
/// and IPs, and a wildcard-only product.
pub(super) fn sample_rules() -> [ProductRules; 3] {
    [
        ProductRules::default(),
        ProductRules {
            wildcard: WildcardRule::Allowed,
            multi_domain: true,
            max_domains: Some(3),
            min_domains: 2,
            ip_allowed: true,
            www_covers_apex: true,
        },
        ProductRules {
            wildcard: WildcardRule::Required,
            ..ProductRules::default()
        },
    ]
}

/// Reads `data` as product rules in JSON (as the PHP side passes an array), and holds a list
/// of names and a CN against what it gives.
pub fn product_rules(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let rules = match ProductRules::from_json(value) {
        Ok(rules) => rules,
        Err(error) => {
            let _ = error.to_string();
            return;
        }
    };
    let names: Vec<String> = NAMES.iter().map(|name| (*name).to_owned()).collect();
    let checked = domain::check_names(&names, &rules);
    let _ = checked.is_ok();
    for name in NAMES {
        let _ = domain::check_common_name(name, &rules);
    }
}
