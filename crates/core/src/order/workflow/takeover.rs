//! Admin actions before anything is placed: marking the order as a renewal, and taking over an
//! order that already exists at TrustOcean.

use indexmap::IndexMap;
use serde_json::Value;

use super::{Context, Outcome, notice};
use crate::api::{CertStatus, DcvEntry};
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::codes;
use crate::order::product::Class;
use crate::order::record::{DcvChoice, KeySource, OrderRecord};
use crate::order::remote;
use crate::order::state::State;

/// Sends the order as a renewal (`renew=yes`) when it is placed, or not (`renew` false).
pub(super) fn mark_renewal(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    order.renew = context.input.renew.unwrap_or(true);
    let notice = if order.renew {
        notice::MARKED_RENEWAL
    } else {
        notice::UNMARKED_RENEWAL
    };
    Ok(Outcome::new(order, notice))
}

/// Takes over the TrustOcean order `trustocean_id` (from `getSSLDetails`): its names, CSR,
/// validation, organisation and, when issued, certificate. The key stays with the customer.
/// Refused when the order's validation class differs from the product's.
pub(super) fn import(context: &Context<'_>, order: OrderRecord) -> Result<Outcome> {
    let id = context.input.trustocean_id.ok_or_else(|| {
        Error::refused(vec![Finding::error(
            codes::INPUT_MISSING,
            Some("trustocean_id".to_owned()),
            "enter the TrustOcean order number to import",
        )])
    })?;

    let details = context.client.get_ssl_details(id)?;
    check_class(details.class.as_deref(), context.product.class)?;

    let mut imported = OrderRecord {
        service_id: order.service_id,
        suspended: order.suspended,
        state: State::Validating,
        remote_status: Some(details.cert_status.as_str().to_owned()),
        trustocean_id: Some(id),
        unique_id: details.unique_id.clone(),
        vendor_id: details.vendor_id.clone(),
        certificate_id: details.certificate_id.clone(),
        // Stored as the module stores a CSR it was given: trimmed, one final newline.
        csr: details
            .csr_code
            .as_deref()
            .map(str::trim)
            .filter(|csr| !csr.is_empty())
            .map(|csr| csr.to_owned() + "\n"),
        key_source: Some(KeySource::Customer),
        domains: details.domains.clone(),
        dcv: choices(&details.domains, &details.dcv_info),
        contact_email: details.contact_email.clone(),
        organization: organization(details.org_info.as_ref()),
        renew: details.renew.unwrap_or(order.renew),
        domain_quota: order.domain_quota.max(context.product.quota),
        created_at: order.created_at,
        ..OrderRecord::default()
    };

    let mut warnings = Vec::new();
    let names = imported.domains.len() as u64;
    if names > imported.domain_quota {
        warnings.push(Finding::warning(
            codes::IMPORT_QUOTA_RAISED,
            Some(names.to_string()),
            format!(
                "the order holds {names} names, more than the product's {}; the service's quota now covers them",
                imported.domain_quota
            ),
        ));
        imported.domain_quota = names;
    }

    if details
        .cert_code
        .as_deref()
        .is_some_and(|pem| !pem.trim().is_empty())
    {
        remote::apply_issued(&mut imported, &details, context.now)?;
    }
    imported.state = match details.cert_status {
        CertStatus::IssuedActive => imported.state,
        CertStatus::Cancelled => State::Cancelled,
        CertStatus::Revoked => State::Revoked,
        CertStatus::Expired => State::Expired,
        _ => State::Validating,
    };
    imported.remote_status = Some(details.cert_status.as_str().to_owned());
    imported.settle(context.now);

    let mut outcome = Outcome::new(imported, notice::IMPORTED);
    outcome.warnings = warnings;
    Ok(outcome)
}

fn check_class(remote: Option<&str>, product: Class) -> Result<()> {
    let Some(remote) = remote.map(|class| class.trim().to_ascii_lowercase()) else {
        return Ok(());
    };
    let matches = match product {
        Class::Dv => remote == "dv",
        Class::Ov => remote == "ov",
        Class::Ev => remote == "ev",
    };
    if matches || remote.is_empty() {
        return Ok(());
    }
    Err(Error::refused(vec![Finding::error(
        codes::IMPORT_CLASS_MISMATCH,
        Some(remote.to_uppercase()),
        format!(
            "the TrustOcean order is a {} certificate, and this product sells {}; import it into a service of a {} product",
            remote.to_uppercase(),
            format!("{product:?}").to_uppercase(),
            remote.to_uppercase()
        ),
    )]))
}

/// The validation choice of every name, from the API's `dcv_info` where it has one.
pub(super) fn choices(
    domains: &[String],
    remote: &IndexMap<String, DcvEntry>,
) -> IndexMap<String, DcvChoice> {
    let mut choices: IndexMap<String, DcvChoice> = domains
        .iter()
        .map(|domain| {
            let is_ip = domain.parse::<std::net::IpAddr>().is_ok();
            (domain.clone(), DcvChoice::default_for(is_ip))
        })
        .collect();
    let mut record = OrderRecord {
        dcv: std::mem::take(&mut choices),
        ..OrderRecord::default()
    };
    remote::apply_dcv(&mut record, remote);
    record.dcv
}

/// The organisation fields TrustOcean holds, as text.
fn organization(org_info: Option<&Value>) -> Option<IndexMap<String, String>> {
    let Value::Object(fields) = org_info? else {
        return None;
    };
    let texts: IndexMap<String, String> = fields
        .iter()
        .filter_map(|(key, value)| match value {
            Value::String(text) if !text.trim().is_empty() => Some((key.clone(), text.clone())),
            Value::Number(number) => Some((key.clone(), number.to_string())),
            _ => None,
        })
        .collect();
    (!texts.is_empty()).then_some(texts)
}
