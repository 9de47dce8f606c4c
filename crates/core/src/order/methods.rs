//! [`choose_methods`]: the DCV method of every domain for submission, from what the customer
//! picked, checked with [`dcv::check_method`](crate::dcv::check_method).

use indexmap::IndexMap;

use super::checks::finding_from;
use super::codes;
use super::record::DcvChoice;
use crate::api::DcvMethod;
use crate::dcv::{self, APPROVER_LOCAL_PARTS};
use crate::domain::{self, Name};
use crate::error::{Error, Result};
use crate::finding::Finding;

/// The choice a checked method makes, keeping the domain's validation status.
pub fn choice_for(method: &DcvMethod, status: &str) -> DcvChoice {
    match method {
        DcvMethod::Email(address) => DcvChoice {
            method: "email".to_owned(),
            email: Some(address.clone()),
            status: status.to_owned(),
        },
        other => DcvChoice {
            method: other.as_str().to_owned(),
            email: None,
            status: status.to_owned(),
        },
    }
}

/// A method entered for a form field: the key may be the domain or its `_issuewild.` form (HTML
/// forms cannot carry `*` in field names), in any case.
fn key_matches(key: &str, name: &Name) -> bool {
    let key = key.trim();
    let key = match key.strip_prefix("_issuewild.") {
        Some(rest) => format!("*.{rest}"),
        None => key.to_owned(),
    };
    domain::normalize(&key).is_ok_and(|entered| entered == *name)
}

/// The DCV choice of every domain: the current choice (or the default), then `same_for_all`
/// for every domain that can use it, then the explicit `methods`. Every problem is collected:
/// a method a domain cannot use (`dcv.method_not_for_ip`, `dcv.email_not_approver`,
/// `dcv.method_unknown`) and a method for a domain the order does not have
/// (`order.domain_unknown`).
///
/// `same_for_all` skips domains that cannot use it (an IP keeps HTTP when DNS is chosen for
/// all); an approver address stands for the same position in each domain's own list, as the
/// original "select for all" did (`admin@` of each domain).
pub fn choose_methods(
    domains: &[String],
    current: &IndexMap<String, DcvChoice>,
    methods: Option<&IndexMap<String, String>>,
    same_for_all: Option<&str>,
) -> Result<IndexMap<String, DcvChoice>> {
    let mut findings = Vec::new();
    let mut names = Vec::with_capacity(domains.len());
    for entered in domains {
        match domain::normalize(entered) {
            Ok(name) => names.push(name),
            Err(error) => findings.push(finding_from(error, Some(entered))),
        }
    }

    let mut chosen: IndexMap<String, DcvChoice> = names
        .iter()
        .map(|name| {
            let choice = current
                .get(name.as_str())
                .cloned()
                .unwrap_or_else(|| DcvChoice::default_for(name.is_ip()));
            (name.as_str().to_owned(), choice)
        })
        .collect();

    if let Some(method) = same_for_all.map(str::trim).filter(|m| !m.is_empty()) {
        apply_to_all(&names, method, &mut chosen, &mut findings);
    }

    for (key, method) in methods.into_iter().flatten() {
        let Some(name) = names.iter().find(|name| key_matches(key, name)) else {
            findings.push(Finding::error(
                codes::DOMAIN_UNKNOWN,
                Some(key.clone()),
                format!("{key} is not one of this order's domains"),
            ));
            continue;
        };
        match dcv::check_method(name, method) {
            Ok(checked) => {
                let status = chosen
                    .get(name.as_str())
                    .map(|c| c.status.clone())
                    .unwrap_or_else(|| dcv::STATUS_NEEDS_VERIFICATION.to_owned());
                chosen.insert(name.as_str().to_owned(), choice_for(&checked, &status));
            }
            Err(error) => findings.push(finding_from(error, Some(name.as_str()))),
        }
    }

    if findings.is_empty() {
        Ok(chosen)
    } else {
        Err(Error::refused(findings))
    }
}

fn apply_to_all(
    names: &[Name],
    method: &str,
    chosen: &mut IndexMap<String, DcvChoice>,
    findings: &mut Vec<Finding>,
) {
    let Some(primary) = names.first() else {
        return;
    };
    let parsed = match dcv::check_method(primary, method) {
        Ok(parsed) => parsed,
        // An address of another domain, or nonsense: say so against the primary.
        Err(error) => {
            findings.push(finding_from(error, Some(primary.as_str())));
            return;
        }
    };
    let position = match &parsed {
        DcvMethod::Email(address) => dcv::approver_emails_for(primary)
            .iter()
            .position(|candidate| candidate == address),
        _ => None,
    };

    for name in names {
        let method = match (&parsed, position) {
            (DcvMethod::Email(_), Some(position)) => {
                let own = dcv::approver_emails_for(name);
                let local = APPROVER_LOCAL_PARTS[position % APPROVER_LOCAL_PARTS.len()];
                match own.get(position).or_else(|| {
                    own.iter()
                        .find(|address| address.starts_with(&format!("{local}@")))
                }) {
                    Some(address) => DcvMethod::Email(address.clone()),
                    None => continue,
                }
            }
            (other, _) => other.clone(),
        };
        if name.is_ip() && matches!(method, DcvMethod::Dns | DcvMethod::Email(_)) {
            continue;
        }
        let status = chosen
            .get(name.as_str())
            .map(|c| c.status.clone())
            .unwrap_or_else(|| dcv::STATUS_NEEDS_VERIFICATION.to_owned());
        chosen.insert(name.as_str().to_owned(), choice_for(&method, &status));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains() -> Vec<String> {
        vec![
            "shop.example.com".into(),
            "*.example.net".into(),
            "203.0.113.9".into(),
        ]
    }

    fn codes_of(error: Error) -> Vec<&'static str> {
        match error {
            Error::Refused { findings } => findings.iter().map(|f| f.code).collect(),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn defaults_are_dns_for_names_and_http_for_ips() {
        let chosen = choose_methods(&domains(), &IndexMap::new(), None, None).expect("ok");
        assert_eq!(chosen["shop.example.com"].method, "dns");
        assert_eq!(chosen["203.0.113.9"].method, "http");
    }

    #[test]
    fn same_for_all_skips_ips_and_maps_addresses_by_position() {
        let chosen = choose_methods(
            &domains(),
            &IndexMap::new(),
            None,
            Some("hostmaster@example.com"),
        )
        .expect("ok");
        assert_eq!(
            chosen["shop.example.com"].api_value(),
            "hostmaster@example.com"
        );
        assert_eq!(
            chosen["*.example.net"].api_value(),
            "hostmaster@example.net"
        );
        assert_eq!(chosen["203.0.113.9"].method, "http");
    }

    #[test]
    fn explicit_methods_are_checked_and_all_problems_reported() {
        let methods: IndexMap<String, String> = [
            ("203.0.113.9", "dns"),
            ("_issuewild.example.net", "admin@example.org"),
            ("other.example.com", "http"),
            ("shop.example.com", "HTTPS"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();

        let error = choose_methods(&domains(), &IndexMap::new(), Some(&methods), None)
            .expect_err("refused");

        assert_eq!(
            codes_of(error),
            [
                "dcv.method_not_for_ip",
                "dcv.email_not_approver",
                "order.domain_unknown"
            ]
        );
    }
}
