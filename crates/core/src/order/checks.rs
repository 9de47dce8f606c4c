//! [`prepare`]: everything step 1 (and a reissue) checks before anything is sent: the CSR (lint),
//! the names against the product and quota, the contact address and the organisation fields.
//! Every problem is collected, so the customer sees them all at once.

use indexmap::IndexMap;
use zeroize::Zeroizing;

use super::codes;
use super::input::CsrSource;
use super::organization::check_organization;
use super::product::Product;
use super::record::KeySource;
use crate::csr::{self, Csr, Subject};
use crate::domain::{self, Name};
use crate::error::{Error, Result};
use crate::finding::{Finding, Severity};
use crate::key::KeyKind;

/// What was entered for step 1 or a reissue, with the order's current CSR for `keep`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Entered<'a> {
    /// `upload`, `generate` or `keep`, as entered; absent: `upload` when a CSR is given,
    /// else `keep` when the order has one.
    pub csr_source: Option<&'a str>,
    /// A pasted CSR.
    pub csr: Option<&'a str>,
    /// Names as entered (blank entries already dropped).
    pub domains: &'a [String],
    /// The contact address.
    pub contact_email: Option<&'a str>,
    /// OV/EV organisation fields.
    pub organization: Option<&'a IndexMap<String, String>>,
    /// Key type for `generate`.
    pub key_type: Option<&'a str>,
    /// The order's current CSR (for `keep`).
    pub current_csr: Option<&'a str>,
    /// Who made the current CSR's key.
    pub current_key_source: Option<KeySource>,
}

/// A checked configuration, ready to store or send.
#[derive(Debug)]
pub struct Prepared {
    /// The CSR, PEM.
    pub csr: String,
    /// The names, normalised, the primary first.
    pub domains: Vec<Name>,
    /// The contact address, trimmed.
    pub contact_email: String,
    /// OV/EV organisation fields; `None` for DV.
    pub organization: Option<IndexMap<String, String>>,
    /// Who made the key.
    pub key_source: KeySource,
    /// The key, PEM, when it was just generated here.
    pub private_key: Option<Zeroizing<String>>,
    /// Findings that did not block (a SHA-1 CSR, ...).
    pub warnings: Vec<Finding>,
}

/// Checks `entered` against `product` with `quota` names paid for. Refusals are
/// [`Error::Refused`] carrying every finding; a key is generated only once all checks pass.
pub fn prepare(product: &Product, quota: u64, entered: &Entered<'_>) -> Result<Prepared> {
    let rules = product.rules(quota);
    let mut findings = Vec::new();

    let contact_email = check_contact(entered.contact_email, &mut findings);
    let organization = if product.class.needs_organization() {
        let (fields, problems) = check_organization(entered.organization);
        findings.extend(problems);
        Some(fields)
    } else {
        None
    };

    let source = csr_source(entered, &mut findings);
    let (csr, names, key_kind) = match source {
        Some(CsrSource::Generate) => {
            if !product.server_keys {
                findings.push(Finding::error(
                    codes::SERVER_KEYS_DISABLED,
                    None,
                    "this product does not generate keys on the server; generate the key and CSR yourself and paste the CSR",
                ));
            }
            let kind = KeyKind::from_name(entered.key_type.unwrap_or("rsa2048"))
                .map_err(|error| findings.push(finding_from(error, entered.key_type)))
                .ok();
            (None, entered.domains.to_vec(), kind)
        }
        Some(CsrSource::Upload | CsrSource::Keep) => {
            let text = match source {
                Some(CsrSource::Keep) => entered.current_csr,
                _ => entered.csr,
            };
            match text.filter(|text| !text.trim().is_empty()) {
                None => {
                    findings.push(Finding::error(
                        codes::CSR_MISSING,
                        Some("csr".to_owned()),
                        "no CSR was given; paste the CSR (-----BEGIN CERTIFICATE REQUEST-----)",
                    ));
                    (None, entered.domains.to_vec(), None)
                }
                Some(text) => match csr::inspect(text.as_bytes()) {
                    Err(error) => {
                        findings.push(finding_from(error, None));
                        (None, entered.domains.to_vec(), None)
                    }
                    Ok(parsed) => {
                        findings.extend(csr::lint(&parsed, &rules));
                        let names =
                            names_from_csr(product, &parsed, entered.domains, &mut findings);
                        (Some(parsed), names, None)
                    }
                },
            }
        }
        None => (None, entered.domains.to_vec(), None),
    };

    let checked = domain::check_names(&names, &rules);
    findings.extend(checked.findings);
    let findings = dedupe(findings);
    if findings.iter().any(|f| f.severity == Severity::Error) {
        return Err(Error::refused(findings));
    }

    let (csr_pem, private_key, key_source) = match (csr, key_kind) {
        (Some(parsed), _) => (
            text_of(source, entered, &parsed),
            None,
            match source {
                Some(CsrSource::Keep) => entered.current_key_source.unwrap_or(KeySource::Customer),
                _ => KeySource::Customer,
            },
        ),
        (None, Some(kind)) => {
            let (pem, key) = generate(&checked.names, organization.as_ref(), kind)?;
            (pem, Some(key), KeySource::Server)
        }
        // Unreachable in practice: without a CSR or a key kind a finding was recorded above.
        (None, None) => return Err(Error::refused(vec![csr_missing()])),
    };

    Ok(Prepared {
        csr: csr_pem,
        domains: checked.names,
        contact_email,
        organization,
        key_source,
        private_key,
        warnings: findings,
    })
}

fn csr_missing() -> Finding {
    Finding::error(
        codes::CSR_MISSING,
        Some("csr".to_owned()),
        "no CSR was given; paste the CSR (-----BEGIN CERTIFICATE REQUEST-----)",
    )
}

/// The CSR as given (trimmed), so the CA gets exactly what the customer made.
fn text_of(source: Option<CsrSource>, entered: &Entered<'_>, parsed: &Csr) -> String {
    let given = match source {
        Some(CsrSource::Keep) => entered.current_csr,
        _ => entered.csr,
    };
    match given.map(str::trim) {
        Some(text) if text.starts_with("-----BEGIN") => format!("{text}\n"),
        _ => parsed.to_pem(),
    }
}

fn csr_source(entered: &Entered<'_>, findings: &mut Vec<Finding>) -> Option<CsrSource> {
    match entered.csr_source {
        Some(text) => {
            let source = CsrSource::parse(text);
            if source.is_none() {
                findings.push(Finding::error(
                    codes::CSR_SOURCE_INVALID,
                    Some(text.chars().take(40).collect()),
                    "choose how the CSR is provided: upload, generate or keep",
                ));
            }
            source
        }
        None if entered.csr.is_some_and(|csr| !csr.trim().is_empty()) => Some(CsrSource::Upload),
        None if entered.current_csr.is_some() => Some(CsrSource::Keep),
        None => Some(CsrSource::Upload),
    }
}

/// The names of an order made from an existing CSR. A single-domain order is for the CSR's CN
/// (an entered name must be that CN); a multi-domain order takes the entered list, or the CSR's
/// CN and SANs when nothing was entered.
fn names_from_csr(
    product: &Product,
    parsed: &Csr,
    entered: &[String],
    findings: &mut Vec<Finding>,
) -> Vec<String> {
    let common_name = parsed
        .subject
        .common_name
        .as_deref()
        .map(str::trim)
        .filter(|cn| !cn.is_empty());

    if !product.multi_domain {
        let Some(common_name) = common_name else {
            return entered.to_vec();
        };
        if let Some(first) = entered.first() {
            let same = match (domain::normalize(first), domain::normalize(common_name)) {
                (Ok(a), Ok(b)) => a == b,
                _ => first.trim().eq_ignore_ascii_case(common_name),
            };
            if !same {
                findings.push(Finding::error(
                    codes::CSR_DOMAIN_MISMATCH,
                    Some(first.trim().to_owned()),
                    format!(
                        "the CSR is for {common_name}, not {}; a single-domain certificate is issued for the CSR's common name, so paste a CSR for {} or leave the domain empty",
                        first.trim(),
                        first.trim()
                    ),
                ));
            }
            return entered.to_vec();
        }
        return vec![common_name.to_owned()];
    }

    if !entered.is_empty() {
        return entered.to_vec();
    }
    let mut names: Vec<String> = Vec::new();
    for name in common_name
        .map(str::to_owned)
        .into_iter()
        .chain(parsed.subject_alt_names())
    {
        if !names.iter().any(|known| known.eq_ignore_ascii_case(&name)) {
            names.push(name);
        }
    }
    names
}

fn check_contact(entered: Option<&str>, findings: &mut Vec<Finding>) -> String {
    let address = entered.map(str::trim).unwrap_or_default();
    if address.is_empty() {
        findings.push(Finding::error(
            codes::CONTACT_EMAIL_MISSING,
            Some("contact_email".to_owned()),
            "enter the contact e-mail address the CA writes to",
        ));
    } else if !plausible_email(address) {
        findings.push(Finding::error(
            codes::CONTACT_EMAIL_INVALID,
            Some(address.chars().take(120).collect()),
            format!("\"{address}\" is not an e-mail address; enter one such as ssl@example.com"),
        ));
    }
    address.to_owned()
}

/// Longest local part (RFC 5321 §4.5.3.1.1).
const MAX_LOCAL_PART_LEN: usize = 64;

/// An address the CA can write to: a dot-atom local part (RFC 5322 §3.4.1: letters, digits and
/// ``!#$%&'*+-/=?^_`{|}~``, dots only between them; quoted local parts, which can carry spaces,
/// line breaks and markup, are not taken) of at most 64 characters, one `@`, and a domain part
/// that is a host name under a public suffix, checked like an ordered name (no wildcard, no IP).
pub(crate) fn plausible_email(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };

    let local_is_dot_atom = !local.is_empty()
        && local.len() <= MAX_LOCAL_PART_LEN
        && local.split('.').all(|atom| {
            !atom.is_empty()
                && atom
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c))
        });

    local_is_dot_atom
        && domain.trim() == domain
        && !domain.ends_with('.')
        && domain::normalize(domain)
            .is_ok_and(|name| name.kind() == domain::NameKind::Dns { wildcard: false })
}

/// A refusal from a reused check as a finding about `subject`.
pub(crate) fn finding_from(error: Error, subject: Option<&str>) -> Finding {
    let subject = subject.map(str::to_owned);
    match error {
        Error::Rejected { code, message } => Finding::error(code, subject, message),
        Error::InvalidInput { field, reason } => {
            Finding::error("input.invalid", Some(field), reason)
        }
        other => Finding::error("input.invalid", subject, other.to_string()),
    }
}

/// Drops repeated findings: the CN is checked by the lint and again as the primary name.
fn dedupe(findings: Vec<Finding>) -> Vec<Finding> {
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for finding in findings {
        if !kept
            .iter()
            .any(|k| k.code == finding.code && k.subject == finding.subject)
        {
            kept.push(finding);
        }
    }
    kept
}

/// A new key and SHA-256 CSR for the names; OV/EV subjects carry the organisation.
fn generate(
    names: &[Name],
    organization: Option<&IndexMap<String, String>>,
    kind: KeyKind,
) -> Result<(String, Zeroizing<String>)> {
    let field = |name: &str| organization.and_then(|org| org.get(name)).cloned();
    let subject = Subject {
        common_name: names.first().map(|name| name.as_str().to_owned()),
        organization: field("organization_name"),
        organizational_unit: field("organizationalUnitName"),
        locality: field("city"),
        state: field("state"),
        country: field("country"),
        // No e-mail in the subject: CAs drop it, and it would publish the contact's address.
        email: None,
    };
    let sans: Vec<String> = names
        .iter()
        .skip(1)
        .map(|name| name.as_str().to_owned())
        .collect();
    let generated = csr::generate(&subject, kind, &sans)
        .map_err(|error| Error::refused(vec![finding_from(error, None)]))?;
    let key = generated
        .private_key_pem(None)
        .map_err(|error| Error::refused(vec![finding_from(error, None)]))?;
    Ok((generated.csr_pem, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses() {
        assert!(plausible_email("ssl@example.com"));
        assert!(!plausible_email("ssl@example"));
        assert!(!plausible_email("a b@example.com"));
        assert!(!plausible_email("@example.com"));
        assert!(!plausible_email("a@b@example.com"));
        assert!(!plausible_email("<script>alert('x')</script>@example.com"));
        assert!(!plausible_email("ssl-admin@<b>x</b>.example.com"));
        assert!(!plausible_email(
            "\"ssl\\r\\nBcc: x@example.net\"@example.com"
        ));
        assert!(!plausible_email("x' OR '1'='1 --@example.com"));
        assert!(!plausible_email("a..b@example.com"));
        assert!(!plausible_email(".a@example.com"));
        assert!(!plausible_email("ssl@localhost"));
        assert!(!plausible_email("ssl@*.example.com"));
        assert!(!plausible_email("ssl@192.0.2.1"));
        assert!(!plausible_email("ssl@example.com."));
        assert!(!plausible_email(&format!("{}@example.com", "a".repeat(65))));
        assert!(plausible_email("{{1234*5678}}@example.com"));
        assert!(plausible_email("first.o'last+tag@mail.example.co.uk"));
        assert!(plausible_email("ssl@bücher.de"));
    }
}
