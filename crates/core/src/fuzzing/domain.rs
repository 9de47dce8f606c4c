//! Names as customers type them into the order form, one per line: each normalised and
//! described, the DCV values built for it, and the whole list held against every product.

use super::{rules::sample_rules, sample_hashes};
use crate::{dcv, domain};

/// A unique id of the documented shape, for the DCV values.
const UNIQUE_ID: &str = "fuzzUniqueId01";

/// The methods a customer can pick for a name, an approver address among them.
const METHODS: [&str; 5] = ["dns", "http", "https", "admin@example.com", "EMAIL"];

/// Reads `data` as a list of names, one per line, and runs the order form's checks on it.
pub fn domain(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let entries: Vec<String> = text.lines().map(str::to_owned).collect();

    for entry in &entries {
        one(entry);
    }
    for rules in sample_rules() {
        let checked = domain::check_names(&entries, &rules);
        let _ = checked.is_ok();
        if let Some(first) = entries.first() {
            let _ = domain::check_common_name(first, &rules);
        }
    }
}

/// One name: normalised, described, and given its DCV values and approvers.
fn one(entry: &str) {
    let _ = dcv::approver_emails(entry);
    let Ok(name) = domain::normalize(entry) else {
        return;
    };
    let _ = (name.unicode(), name.kind(), name.type_name(), name.ip());
    let _ = (name.registrable_domain(), name.subdomain());
    let _ = name.www_counterpart();

    // The normalised form is what is stored and sent, and it is checked again when the order
    // is read back: it must come through unchanged.
    let again = domain::normalize(name.as_str()).map(|again| again.as_str().to_owned());
    assert_eq!(
        again.as_deref().ok(),
        Some(name.as_str()),
        "a normalised name does not normalise to itself"
    );

    let _ = dcv::approver_emails_for(&name);
    for method in METHODS {
        let _ = dcv::check_method(&name, method);
    }
    if let Some(approver) = dcv::approver_emails_for(&name).first() {
        let _ = dcv::check_method(&name, approver);
    }
    let _ = dcv::artifacts_for(&sample_hashes(), UNIQUE_ID, &name);
}
