//! Step 2: the DCV methods are checked and the order is placed (`addSSLOrder`).

use serde_json::{Map, Value};

use super::{Context, Outcome, notice};
use crate::api::{AddSslOrder, DcvMethod, Organization};
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::codes;
use crate::order::methods::choose_methods;
use crate::order::record::OrderRecord;
use crate::order::remote;
use crate::order::state::State;

/// Checks the chosen methods and places the order with the record's unspent unique id
/// (`renew=yes` for a renewal). The unique id is spent once TrustOcean accepts the order.
///
/// When TrustOcean answers that the unique id is used or expired, a new one is stored and the
/// order stays awaiting submission (notice `order.unique_id_renewed`): the DCV values depend on
/// the id, so the customer must see the new ones before submitting again.
pub(super) fn submit(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let input = context.input;
    let mut findings = Vec::new();
    let callback = context
        .settings
        .callback_url
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty());
    if callback.is_none() {
        findings.push(Finding::error(
            codes::CALLBACK_MISSING,
            Some("callbackUrl".to_owned()),
            "the module has no callback URL (WHMCS System URL), so TrustOcean could not report back; set the System URL",
        ));
    }
    let (Some(csr), Some(contact_email)) = (order.csr.clone(), order.contact_email.clone()) else {
        return Err(incomplete());
    };
    if order.domains.is_empty() {
        return Err(incomplete());
    }

    let chosen = match choose_methods(
        &order.domains,
        &order.dcv,
        input.methods.as_ref(),
        input.same_for_all.as_deref(),
    ) {
        Ok(chosen) => Some(chosen),
        Err(error) => {
            findings.extend(error.findings());
            None
        }
    };
    let (Some(chosen), Some(callback)) = (chosen, callback) else {
        return Err(Error::refused(findings));
    };

    let dcv_method = chosen
        .values()
        .map(|choice| DcvMethod::parse("dcv_method", choice.api_value()))
        .collect::<Result<Vec<_>>>()?;
    let organization = organization(&order)?;
    let unique_id = match order.unique_id.clone() {
        Some(unspent) => unspent,
        None => context.client.create_new_unique_id()?.unique_id,
    };
    let request = AddSslOrder {
        pid: context.product.pid,
        csr_code: csr,
        period: context.product.period,
        domains: order.domains.clone(),
        dcv_method,
        unique_id: unique_id.clone(),
        contact_email,
        callback: callback.to_owned(),
        renew: order.renew,
        organization,
        unexpected: Map::new(),
    };

    // The choices are kept either way: they are what the customer picked.
    order.dcv = chosen;
    order.unique_id = Some(unique_id);
    match context.client.add_ssl_order(&request) {
        Ok(placed) => {
            order.trustocean_id = Some(placed.trustocean_id);
            if let Some(id) = placed.unique_id.filter(|id| !id.trim().is_empty()) {
                order.unique_id = Some(id);
            }
            order.vendor_id = placed.vendor_id.or(order.vendor_id);
            order.certificate_id = placed.certificate_id.or(order.certificate_id);
            order.state = State::Validating;
            order.checked_at = None;
            order.dcv_retried_at = None;
            remote::apply_dcv(&mut order, &placed.dcv_info);
            remote::apply_status(&mut order, &placed.cert_status);
            Ok(Outcome::new(order, notice::SUBMITTED))
        }
        Err(error) if unique_id_unusable(&error) => {
            order.unique_id = Some(context.client.create_new_unique_id()?.unique_id);
            Ok(Outcome::new(order, notice::UNIQUE_ID_RENEWED))
        }
        Err(error) => Err(error),
    }
}

fn incomplete() -> Error {
    Error::refused(vec![Finding::error(
        codes::RECORD_INCOMPLETE,
        None,
        "the order has no CSR, domains or contact address; reset it and configure it again",
    )])
}

/// The stored organisation fields as the API's [`Organization`] (empty for DV).
fn organization(order: &OrderRecord) -> Result<Organization> {
    let Some(fields) = &order.organization else {
        return Ok(Organization::default());
    };
    let object: Map<String, Value> = fields
        .iter()
        .map(|(name, value)| (name.clone(), Value::String(value.clone())))
        .collect();
    serde_json::from_value(Value::Object(object))
        .map_err(|error| Error::invalid("order.organization", error.to_string()))
}

/// Whether TrustOcean refused the call because the unique id is used, expired or unknown.
pub(super) fn unique_id_unusable(error: &Error) -> bool {
    let Error::Api { message, .. } = error else {
        return false;
    };
    let text = message.to_ascii_lowercase();
    let about_the_id = ["unique_id", "unique id", "uniqueid"]
        .iter()
        .any(|name| text.contains(name));
    about_the_id
        && ["used", "exist", "expire", "invalid", "taken", "duplicate"]
            .iter()
            .any(|word| text.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_id_refusals_are_recognised() {
        let used = Error::Api {
            method: "addSSLOrder",
            code: 770008,
            message: "The unique_id abcdefgh1 is already used by an order".into(),
        };
        let other = Error::Api {
            method: "addSSLOrder",
            code: 770004,
            message: "Insufficient balance".into(),
        };
        assert!(unique_id_unusable(&used));
        assert!(!unique_id_unusable(&other));
    }
}
